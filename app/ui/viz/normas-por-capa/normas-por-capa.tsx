'use client';

import type { Chart as ChartInstance } from 'chart.js';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../model/format';
import { StepControls } from '../shared/step-controls';
import { usePalette } from '../shared/use-palette';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { ACTIVATION_LABELS, type DepthConfig, parseDepthProps } from './depth-config';
import { BATCH, DepthRun, LEARNING_RATE, PASS, STEPS } from './depth-run';
import { DepthSelectors } from './depth-selectors';
import { LayerLegend } from './layer-legend';
import { layerColors } from './layer-colors';
import { NormsChart } from './norms-chart';
import { type NormPoint, NormsLoop } from './norms-loop';
import { NormsNumbers } from './norms-numbers';
import { WarningBadges } from './warning-badges';
import { SignHistory, warningSigns } from './warning-signs';
import { statusText } from './status-text';

/** Four updates per animation frame: the whole run plays in about six seconds. */
const STEPS_PER_FRAME = 4;

function freshRun(config: DepthConfig) {
  return { run: new DepthRun(config), history: new SignHistory(), lines: Array.from({ length: config.depth }, () => [] as NormPoint[]) };
}

/**
 * `<NormasPorCapa capas="5" activacion="sigmoid" escala="normal" semilla="8" />`: the same
 * task learned at several depths, with each layer's gradient norm over training on a log
 * axis and the warning signs of a failing run lit as they appear.
 */
export function NormasPorCapa(props: { capas?: string; activacion?: string; escala?: string; semilla?: string }) {
  const [{ run, history, lines }, setRun] = useState(() => freshRun(parseDepthProps(props)));
  // Re-rendered after every chunk of training so the badges follow the run live.
  const [, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [status, setStatus] = useState('');
  const reducedMotion = useReducedMotion();
  const palette = usePalette();
  const colors = useMemo(() => layerColors(run.layers, palette.dark), [run.layers, palette.dark]);
  const chartRef = useRef<ChartInstance<'line', NormPoint[]> | undefined>(undefined);
  const signs = warningSigns(run);

  // The loop is made in event handlers (not during render) and belongs to one run.
  const loopRef = useRef<NormsLoop | null>(null);
  function loop(): NormsLoop {
    if (loopRef.current?.run === run) return loopRef.current;
    const report = () => {
      setPlaying(false);
      setStep(run.step);
      setStatus(statusText(run, warningSigns(run), history.firstSeen));
    };
    loopRef.current = new NormsLoop(run, history, lines, STEPS_PER_FRAME, () => setStep(run.step), report);
    return loopRef.current;
  }
  useEffect(() => {
    const loops = loopRef;
    return () => loops.current?.stop();
  }, []);

  function play() {
    if (reducedMotion) {
      loop().advance(STEPS, chartRef.current);
      loop().report();
      return;
    }
    setPlaying(true);
    setStatus('Entrenando…');
    loop().start(chartRef.current);
  }

  function step() {
    loop().advance(1, chartRef.current);
    loop().report();
  }

  // On the focused chart: → trains one update, Enter plays or pauses, Inicio starts again.
  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const actions: Record<string, () => void> = {
      ArrowRight: () => !playing && !run.finished && step(),
      Enter: () => (playing ? loop().stop() : !run.finished && play()),
      Home: () => restart(run.config, 'Red reiniciada con los pesos iniciales.'),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function restart(config: DepthConfig, message: string) {
    loopRef.current?.stop();
    setRun(freshRun(config));
    setStep(0);
    setStatus(message);
  }

  const { depth, activation, scale } = run.config;
  const name = `${depth} capas, ${ACTIVATION_LABELS[activation]}, pesos iniciales ${scale === 'grande' ? 'grandes' : 'normales'}`;
  const trained = run.step > 0;
  const loss = trained ? run.losses[run.step - 1]! : Number.NaN;
  return (
    <VizFrame
      name="NormasPorCapa"
      title="El gradiente de cada capa durante el entrenamiento"
      hint={`La misma tarea (separar los puntos de dentro y de fuera de un círculo) con ${depth} capas, en lotes de ${BATCH} puntos. Cada línea es ‖∂L/∂W‖ de una capa, promediado sobre los últimos ${PASS} pasos (una pasada por los datos); el eje vertical es logarítmico: cada marca vale diez veces la anterior.`}
      status={status}
      numbers={<NormsNumbers step={run.step} layers={run.layers} norms={trained ? run.normsAt() : []} ratios={trained ? run.ratiosAt() : []} loss={loss} />}
    >
      <DepthSelectors config={run.config} onChange={(config) => restart(config, `Nueva red de ${config.depth} capas, lista para entrenar.`)} />
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="space-y-2">
          <NormsChart chartRef={chartRef} lines={lines} colors={colors} palette={palette} label={`Normas del gradiente por capa, red de ${name}, η = ${formatNumber(LEARNING_RATE, 1)}.`}
            onKeyDown={onKey}
            keysHelp="Gráfica de normas por capa. Flecha derecha: un paso de entrenamiento; Intro: reproducir o pausar; Inicio: reiniciar."
          />
          <LayerLegend colors={colors} />
        </div>
        <WarningBadges signs={signs} firstSeen={history.firstSeen} divergence={run.divergence} layers={run.layers} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <StepControls
          stepLabel="Un paso"
          canStep={!run.finished}
          playing={playing}
          onStep={step}
          onPlay={play}
          onPause={() => loop().stop()}
          onReset={() => restart(run.config, 'Red reiniciada con los pesos iniciales.')}
        />
        <span className="text-sm tabular-nums">
          Paso {run.step} de {STEPS} · pérdida del lote {trained ? formatNumber(loss, 4) : '—'}
        </span>
      </div>
    </VizFrame>
  );
}
