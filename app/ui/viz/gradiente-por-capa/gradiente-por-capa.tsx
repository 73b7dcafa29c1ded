'use client';

import { type KeyboardEvent, useMemo, useState } from 'react';
import { formatNumber } from '../model/format';
import { NumbersTable } from '../shared/numbers-table';
import { usePalette } from '../shared/use-palette';
import { VizButton } from '../shared/viz-button';
import { VizFrame } from '../shared/viz-frame';
import { ACTIVATION_LABELS, DEPTH_ACTIVATIONS, type DepthActivation, parseDepthProps } from '../normas-por-capa/depth-config';
import { layerColors } from '../normas-por-capa/layer-colors';
import { firstStepNorms } from './first-step-norms';
import { NormBars } from './norm-bars';

/** How many times smaller the first layer's norm is than the last one's, as the status reads it. */
function comparison(norms: readonly number[]): string {
  const first = norms[0]!;
  const last = norms[norms.length - 1]!;
  if (!(first > 0) || !(last > 0)) return 'alguna capa no recibe gradiente.';
  const ratio = last / first;
  return ratio >= 1
    ? `la capa ${norms.length} recibe ${formatNumber(ratio, 1)} veces más gradiente que la capa 1.`
    : `la capa 1 recibe ${formatNumber(1 / ratio, 1)} veces más gradiente que la capa ${norms.length}.`;
}

/**
 * `<GradientePorCapa capas="10" activacion="sigmoid" semilla="8" />`: ‖∂L/∂W‖ of every layer
 * at the first training step, as bars on a log axis; buttons switch the activation.
 */
export function GradientePorCapa(props: { capas?: string; activacion?: string; escala?: string; semilla?: string }) {
  const { capas, activacion, escala, semilla } = props;
  const initial = useMemo(() => parseDepthProps({ capas, activacion, escala, semilla }), [capas, activacion, escala, semilla]);
  const [activation, setActivation] = useState<DepthActivation>(initial.activation);
  const config = { ...initial, activation };
  const norms = useMemo(() => firstStepNorms({ ...initial, activation }), [initial, activation]);
  const palette = usePalette();
  const colors = layerColors(norms.length, palette.dark);
  const name = `${config.depth} capas con ${ACTIVATION_LABELS[activation]}`;
  const status = `${name}: ${comparison(norms)}`;
  // On the focused bars, ← and → move to the previous or next activation.
  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (move === 0) return;
    event.preventDefault();
    const k = DEPTH_ACTIVATIONS.indexOf(activation);
    setActivation(DEPTH_ACTIVATIONS[(k + move + DEPTH_ACTIVATIONS.length) % DEPTH_ACTIVATIONS.length]!);
  }
  return (
    <VizFrame
      name="GradientePorCapa"
      title="El gradiente que recibe cada capa en el primer paso"
      hint="Una barra por capa, de la entrada (arriba) a la salida (abajo). El eje es logarítmico: cada marca vale diez veces la anterior. Cambia la activación y compara."
      status={status}
      numbers={<NumbersTable caption={`‖∂L/∂W‖ de cada capa en el primer paso, ${name}`} headers={['Capa', '‖∂L/∂W‖']} rows={norms.map((n, l) => [`Capa ${l + 1}`, formatNumber(n, 8)])} />}
    >
      <div className="flex flex-wrap gap-2" role="group" aria-label="Activación de las capas ocultas">
        {DEPTH_ACTIVATIONS.map((a) => (
          <VizButton key={a} primary={a === activation} aria-pressed={a === activation} onClick={() => setActivation(a)}>
            {ACTIVATION_LABELS[a]}
          </VizButton>
        ))}
      </div>
      <div
        role="group"
        aria-label="Barras del gradiente por capa. Flechas izquierda y derecha: cambiar la activación."
        tabIndex={0}
        onKeyDown={onKey}
        className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <NormBars norms={norms} colors={colors} label={`Normas del gradiente por capa en el primer paso, ${name}: ${comparison(norms)}`} />
      </div>
    </VizFrame>
  );
}
