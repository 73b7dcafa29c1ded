'use client';

import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { ACTIVATION_NAMES } from '../model/network-forward';
import { VERTICAL_ARROWS, nextItemFocus } from '../model/item-focus';
import { diagramItems } from '../model/network-layout';
import { NetworkTooltip } from '../red-neuronal/network-tooltip';
import { NetworkCanvasBox } from '../shared/network-canvas-box';
import { StepControls } from '../shared/step-controls';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { useStepPlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { BackwardLegend } from './backward-legend';
import { backwardSnapshot, frontLayer, stepCount } from './backward-model';
import { BackwardNumbers } from './backward-numbers';
import { type BackwardProps, networkFor, parseBackwardProps } from './backward-props';
import { BackwardScene } from './backward-scene';
import { describeBackwardItem, stepStatus } from './backward-text';
import { DeltaBreakdownPanel } from './delta-breakdown';

/** `<RetropropagacionCapas capas="2 3 2 1" semilla="5" activacion="sigmoid" entrada="0.5 -1" objetivo="1" />` */
export function RetropropagacionCapas(props: BackwardProps) {
  const config = useMemo(() => parseBackwardProps(props), [props]);
  const { sizes, activation } = config;
  const snapshot = useMemo(() => backwardSnapshot(networkFor(config), config.activation, config.inputs, config.target), [config]);
  const items = useMemo(() => diagramItems(sizes), [sizes]);
  const steps = stepCount(sizes);
  const [step, setStep] = useState(0);
  const [hover, setHover] = useState(-1);
  const [keyFocus, setKeyFocus] = useState(-1);
  const [status, setStatus] = useState(() => stepStatus(snapshot, 0));
  const reducedMotion = useReducedMotion();
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new BackwardScene(canvas, snapshot, setHover));
  const active = hover >= 0 ? hover : keyFocus;
  // Without a pointer or keyboard focus, the panel explains the first neuron of the layer just computed.
  const explained = active >= 0 ? active : step > 0 ? items.findIndex((it) => it.kind === 'neuron' && it.layer === frontLayer(sizes, step)) : -1;

  useEffect(() => sceneRef.current?.show(snapshot, step, !reducedMotion), [sceneRef, snapshot, step, reducedMotion]);
  useEffect(() => sceneRef.current?.setFocus(active), [sceneRef, active]);

  function goTo(next: number) {
    const clamped = Math.max(0, Math.min(steps, next));
    setStep(clamped);
    setStatus(stepStatus(snapshot, clamped));
  }

  const player = useStepPlayer(step, steps, goTo, 1100, reducedMotion);

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      if (!player.playing) goTo(step + (event.key === 'ArrowLeft' ? 1 : -1));
      return;
    }
    const next = nextItemFocus(event.key, keyFocus, items.length, VERTICAL_ARROWS);
    if (next === null) return;
    event.preventDefault();
    setKeyFocus(next);
    if (next >= 0) setStatus(describeBackwardItem(items[next]!, snapshot, step));
  }

  const description = `Pasada hacia atrás en una red ${sizes.join('-')} con activación ${ACTIVATION_NAMES[activation]}. Cada neurona muestra su activación a y, cuando se conoce, su δ debajo; cada peso con culpa conocida es una línea más gruesa cuanto mayor es |∂L/∂w|, azul continua si es positiva y naranja discontinua si es negativa.`;
  return (
    <VizFrame
      name="RetropropagacionCapas"
      title="Backpropagation capa a capa"
      hint="«Paso atrás» lleva el error una capa más hacia la entrada; «Paso adelante» deshace ese paso. Pasa el ratón o usa las flechas arriba y abajo sobre el diagrama para ver de dónde sale cada δ y la culpa de cada peso."
      status={status}
      numbers={<BackwardNumbers snapshot={snapshot} step={step} />}
    >
      <NetworkCanvasBox canvasRef={canvasRef} sizes={sizes} label={description} keysHelp="Con el foco aquí, las flechas izquierda y derecha dan un paso atrás o adelante, y las flechas arriba y abajo recorren neuronas y pesos." onKeyDown={onKeyDown} onBlur={() => setKeyFocus(-1)}>
        <NetworkTooltip scene={sceneRef} index={active} text={active >= 0 ? describeBackwardItem(items[active]!, snapshot, step) : ''} />
      </NetworkCanvasBox>
      <BackwardLegend />
      <DeltaBreakdownPanel snapshot={snapshot} step={step} item={explained >= 0 ? items[explained]! : null} />
      {/* «Paso atrás» carries the error one layer towards the input; «Paso adelante» undoes it. */}
      <StepControls
        stepLabel="← Paso atrás"
        canStep={step < steps}
        undo={{ label: 'Paso adelante →', can: step > 0, onUndo: () => goTo(step - 1) }}
        playing={player.playing}
        onStep={() => goTo(step + 1)}
        onPlay={player.play}
        onPause={player.pause}
        onReset={() => {
          player.pause();
          goTo(0);
        }}
      />
    </VizFrame>
  );
}
