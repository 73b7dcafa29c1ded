'use client';

import type { Chart as ChartInstance } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type CurvePoint, TrainingLoop } from '../draw/training-loop';
import { formatNumber } from '../model/format';
import { ACTIVATION_NAMES } from '../model/network-forward';
import { Trainer } from '../model/trainer';
import { toyDataset } from '../model/toy-datasets';
import { parseLossCurveProps } from '../model/viz-props';
import { usePalette } from '../shared/use-palette';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizButton } from '../shared/viz-button';
import { VizFrame } from '../shared/viz-frame';
import { LossChart } from './loss-chart';
import { LossNumbers } from './loss-numbers';

const DATA_NAMES = { xor: 'XOR', circulo: 'círculo', lineal: 'separable por una recta' } as const;

/** `<CurvaPerdida capas="2 4 1" activacion="tanh" tasa="0.5" epocas="300" semilla="1" datos="xor" />`: a network learning live, and its loss curve. */
export function CurvaPerdida(props: { capas?: string; activacion?: string; tasa?: string; epocas?: string; semilla?: string; datos?: string }) {
  const config = useMemo(() => parseLossCurveProps(props), [props]);
  const data = useMemo(() => toyDataset(config.data, config.seed), [config]);
  // One training run: the network, and the curve points the loop appends and chart.js reads.
  const fresh = () => ({ trainer: new Trainer(data, config.sizes, config.activation, config.eta, config.epochs, config.seed), points: [] as CurvePoint[] });
  const [{ trainer, points }, setRun] = useState(fresh);
  const startLoss = useMemo(() => trainer.currentLoss(), [trainer]);
  const [epoch, setEpoch] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [status, setStatus] = useState('');
  const reducedMotion = useReducedMotion();
  const palette = usePalette();
  const chartRef = useRef<ChartInstance<'line', CurvePoint[]> | undefined>(undefined);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const perFrame = Math.max(1, Math.round(config.epochs / 240));
  // The loss after `epoch` epochs: measured now (engine forward passes) for the current network.
  const lossNow = epoch === 0 ? startLoss : trainer.currentLoss();

  // The loop is made in event handlers (not during render) and belongs to one trainer.
  const loopRef = useRef<TrainingLoop | null>(null);
  function loop(): TrainingLoop {
    if (loopRef.current?.trainer === trainer) return loopRef.current;
    const show = () => {
      if (readoutRef.current) readoutRef.current.textContent = `Época ${trainer.epoch} de ${trainer.epochs} · pérdida ${formatNumber(trainer.currentLoss(), 3)}`;
    };
    const report = () => {
      setPlaying(false);
      setEpoch(trainer.epoch);
      const state = trainer.diverged ? 'El entrenamiento diverge: la pérdida dejó de ser un número finito. ' : trainer.finished ? 'Entrenamiento terminado. ' : 'En pausa. ';
      setStatus(`${state}Época ${trainer.epoch} de ${trainer.epochs}: pérdida ${formatNumber(trainer.currentLoss(), 3)}, aciertos ${Math.round(trainer.accuracy() * 100)} %.`);
    };
    loopRef.current = new TrainingLoop(trainer, points, perFrame, show, report);
    return loopRef.current;
  }
  useEffect(() => {
    const loops = loopRef;
    return () => loops.current?.stop();
  }, []);
  // The readout is written directly while training plays; React sets it whenever it re-renders.
  useEffect(() => {
    if (readoutRef.current) readoutRef.current.textContent = `Época ${epoch} de ${config.epochs} · pérdida ${formatNumber(lossNow, 3)}`;
  });

  function play() {
    if (reducedMotion) {
      loop().advance(config.epochs, chartRef.current);
      loop().report();
      return;
    }
    setPlaying(true);
    setStatus('Entrenando…');
    loop().start(chartRef.current);
  }

  function reset() {
    loopRef.current?.stop();
    setRun(fresh());
    setEpoch(0);
    setStatus('Red reiniciada con los pesos iniciales.');
  }

  const description = `Curva de pérdida de una red ${config.sizes.join('-')} (${ACTIVATION_NAMES[config.activation]}) entrenada con η = ${formatNumber(config.eta, 3)} sobre ${data.count} puntos del conjunto ${DATA_NAMES[config.data]}: la pérdida por época, de ${formatNumber(startLoss, 2)} al empezar.`;
  return (
    <VizFrame
      name="CurvaPerdida"
      title="La pérdida mientras la red aprende"
      hint={`Una red ${config.sizes.join('-')} aprende a separar los puntos del conjunto ${DATA_NAMES[config.data]}. Cada época recorre todos los puntos y da un paso de descenso del gradiente.`}
      status={status}
      numbers={<LossNumbers losses={trainer.losses} epochs={epoch} lossNow={lossNow} />}
    >
      <LossChart chartRef={chartRef} points={points} epochs={config.epochs} yMax={Math.ceil(startLoss * 11) / 10} palette={palette} label={description} />
      <div className="flex flex-wrap items-center gap-2">
        <VizButton primary onClick={playing ? () => loop().stop() : play} disabled={!playing && trainer.finished}>
          {playing ? 'Pausa' : 'Reproducir'}
        </VizButton>
        <VizButton
          onClick={() => {
            loop().advance(10, chartRef.current);
            loop().report();
          }}
          disabled={playing || trainer.finished}
        >
          +10 épocas
        </VizButton>
        <VizButton onClick={reset}>Reiniciar</VizButton>
        <span ref={readoutRef} className="text-sm tabular-nums" />
      </div>
    </VizFrame>
  );
}
