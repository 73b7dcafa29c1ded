'use client';

import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { PaintScene } from '../draw/paint-scene';
import { formatNumber, subscript } from '../model/format';
import { CanvasBox } from '../shared/canvas-box';
import { NumbersTable } from '../shared/numbers-table';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { usePlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { DeadChart } from './dead-chart';
import { NeuronPicker } from './neuron-picker';
import { type PlanePicture, paintPlane } from './relu-plane';
import { type HiddenKind, parseReluProps } from './relu-props';
import { ReluRun } from './relu-run';
import { describeChange, describeNeuron, lineEquation, summary } from './relu-text';
import { TrainingControls } from './training-controls';

type RegionesReluProps = { modo?: string; neuronas?: string; activacion?: string; eta?: string; semilla?: string };

/** Epochs per "Entrenar" press and per animation tick. */
const RUN_EPOCHS = 300;
const TICK_EPOCHS = 5;

/** `<RegionesRelu modo="regiones" />` or `<RegionesRelu modo="muertas" eta="10" semilla="4" />`: ReLU neurons as half-planes of the input. */
export function RegionesRelu(props: RegionesReluProps) {
  const config = useMemo(() => parseReluProps(props), [props]);
  const [run] = useState(() => new ReluRun(config));
  const [snapshot, setSnapshot] = useState(() => run.snapshot());
  const [selected, setSelected] = useState(-1);
  const [status, setStatus] = useState('');
  const target = useRef(0);
  const reducedMotion = useReducedMotion();
  const total = run.data.count;
  const picture: PlanePicture = { snapshot, data: run.data, selected };
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new PaintScene(canvas, picture, paintPlane));

  useEffect(() => sceneRef.current?.show({ snapshot, data: run.data, selected }), [sceneRef, snapshot, run, selected]);

  /** Trains, then says what died or came back (or, when asked, where training stands). */
  function advance(epochs: number, always: boolean) {
    run.train(epochs);
    const next = run.snapshot();
    const change = describeChange(snapshot, next, total);
    setSnapshot(next);
    if (change || always) setStatus(change || `Época ${next.epoch}. ${summary(next, total)}`);
  }

  const player = usePlayer(
    () => {
      const last = target.current - run.epoch <= TICK_EPOCHS;
      advance(Math.min(TICK_EPOCHS, target.current - run.epoch), last);
      return !last && !run.diverged;
    },
    () => advance(target.current - run.epoch, true),
    100,
    reducedMotion,
  );

  function select(j: number) {
    setSelected(j);
    setStatus(j >= 0 ? describeNeuron(snapshot, j, total) : 'Ninguna neurona seleccionada: solo se ven las rectas z = 0 y la salida.');
  }

  /** Arrows walk through the hidden neurons (wrapping round); Escape clears the selection. */
  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const count = snapshot.neurons.length;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') select((selected + 1) % count);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') select(selected <= 0 ? count - 1 : selected - 1);
    else if (event.key === 'Escape') select(-1);
    else return;
    event.preventDefault();
  }

  function changeActivation(kind: HiddenKind) {
    run.setActivation(kind);
    const next = run.snapshot();
    setSnapshot(next);
    setStatus(`Mismos pesos, ahora con ${kind === 'relu' ? 'ReLU' : 'leaky ReLU'}. ${summary(next, total)}`);
  }

  const leaky = snapshot.activation === 'leakyRelu';
  const rows = snapshot.neurons.map((n, j) => [`h${subscript(j + 1)}`, formatNumber(n.w1, 3), formatNumber(n.w2, 3), formatNumber(n.b, 3), `${n.activeCount} de ${total}`, n.dead ? (leaky ? 'apagada' : 'muerta') : 'viva']);
  const lines = snapshot.neurons.map((n, j) => `h${subscript(j + 1)}: ${lineEquation(n)}${n.dead ? ' (muerta)' : ''}`).join('; ');
  return (
    <VizFrame
      name="RegionesRelu"
      title={config.mode === 'regiones' ? 'Regiones activas de una capa ReLU' : 'Neuronas ReLU que mueren durante el entrenamiento'}
      hint={
        config.mode === 'regiones'
          ? 'Cada recta es la frontera z = 0 de una neurona oculta. Pulsa una neurona para velar el lado donde está apagada: lo que queda a color es su región activa. El fondo es la salida de la red: azul hacia la clase de los círculos, naranja hacia la de los cuadrados.'
          : 'Entrena con η = 10 y mira cómo las rectas z = 0 salen de la nube de puntos: esas neuronas mueren. Después prueba a pasar a leaky ReLU sin reiniciar, o a reiniciar con η = 0,3.'
      }
      status={status || summary(snapshot, total)}
      numbers={<NumbersTable caption={`Neuronas ocultas en la época ${snapshot.epoch} (pérdida ${formatNumber(snapshot.loss, 3)})`} headers={['Neurona', 'w₁', 'w₂', 'b', 'puntos con z > 0', 'estado']} rows={rows} />}
    >
      <CanvasBox
        canvasRef={canvasRef}
        label={`Plano de entrada x₁, x₂ con ${total} puntos de dos clases (círculos y cuadrados), la salida de la red como color de fondo y la recta z = 0 de cada neurona oculta: ${lines}.`}
        aspect="1 / 1"
        maxHeight={440}
        onKeyDown={onKeyDown}
        keysHelp="Con el foco aquí, las flechas recorren las neuronas ocultas; Escape quita la selección."
      />
      <NeuronPicker neurons={snapshot.neurons} total={total} leaky={leaky} selected={selected} onSelect={select} />
      {config.mode === 'muertas' && (
        <TrainingControls
          eta={snapshot.eta}
          activation={snapshot.activation}
          playing={player.playing}
          canTrain={!snapshot.diverged}
          onEta={(eta) => {
            run.setEta(eta);
            setSnapshot(run.snapshot());
            setStatus(`η = ${formatNumber(eta, eta < 1 ? 1 : 0)} a partir de ahora, con los pesos actuales.`);
          }}
          onActivation={changeActivation}
          onStep={() => advance(10, true)}
          onPlay={() => {
            target.current = run.epoch + RUN_EPOCHS;
            player.play();
          }}
          onPause={() => {
            player.pause();
            setStatus(`En pausa en la época ${run.epoch}. ${summary(snapshot, total)}`);
          }}
          onReset={() => {
            player.pause();
            run.reset(snapshot.activation);
            const next = run.snapshot();
            setSnapshot(next);
            setStatus(`Pesos nuevos, época 0. ${summary(next, total)}`);
          }}
        />
      )}
      {/* While training plays, the live status speaks only when a neuron dies or revives; these counters follow every epoch. */}
      {config.mode === 'muertas' && (
        <>
          <p className="m-0 text-sm tabular-nums text-slate-700 dark:text-slate-300">
            Época {snapshot.epoch} · pérdida {formatNumber(snapshot.loss, 3)} · {leaky ? 'apagadas' : 'muertas'}: <strong>{snapshot.deadCount}</strong> de {snapshot.neurons.length} · regiones lineales: {snapshot.regions}
          </p>
          <DeadChart history={snapshot.deadHistory} neurons={snapshot.neurons.length} leaky={leaky} />
        </>
      )}
    </VizFrame>
  );
}
