'use client';

import { memo, useId, useMemo } from 'react';
import type { Feature, Network } from '@/lib/engine';
import { num } from './format';
import { factorNumber, pathProduct, pathRoute, unitSymbol } from './model/chain-labels';
import { weightName } from './model/edge-labels';
import type { PhaseView } from './model/phase-stepper';
import { phaseExample, weightChain, type WeightChain, type WeightRef } from './model/weight-paths';
import { panel } from './styles';

interface Props {
  net: Network;
  features: readonly Feature[];
  /** A phase at «Paso hacia atrás»: its copied numbers are what the paths multiply. */
  phase: PhaseView;
  selected: WeightRef | null;
}

/**
 * The chain rule of the selected weight at the backward phase: ∂L/∂w = a_i · δ_j, with δ_j
 * as the sum over every path to the output of the product of local derivatives, next to
 * the engine's own δ and ∂L/∂w. Memoised: while training the phase object stays the same.
 */
export const ChainRulePanel = memo(function ChainRulePanel({ net, features, phase, selected }: Props) {
  const titleId = useId();
  const chain = useMemo(() => (selected ? weightChain(phaseExample(net, phase), selected.layer, selected.to, selected.from) : null), [net, phase, selected]);
  const j = selected ? unitSymbol(selected.layer, selected.to, net.layers.length) : '';
  return (
    <section className={panel} aria-labelledby={titleId} data-testid="cadena">
      <p id={titleId} className="text-sm font-semibold">
        Regla de la cadena{selected && `: ${weightName(net, features, selected.layer, selected.to, selected.from)}`}
      </p>
      {/* One live element in both states, so choosing a weight is announced. */}
      <p className={`mt-1 ${chain ? 'font-mono text-xs' : 'text-sm'}`} aria-live="polite" data-testid="cadena-resumen">
        {chain
          ? `∂L/∂w = a · δ(${j}) = ${factorNumber(chain.input)} · ${factorNumber(chain.delta)} = ${num(chain.gradient)}`
          : 'Elige un peso en el dibujo (clic, o Intro sobre él) para ver su ∂L/∂w como suma de caminos hasta la salida.'}
      </p>
      {chain && selected && <ChainPaths net={net} phase={phase} selected={selected} chain={chain} unit={j} />}
    </section>
  );
});

/** The paths of δ_j, their sum, and the engine's δ and ∂L/∂w beside it. */
function ChainPaths({ net, phase, selected, chain, unit }: { net: Network; phase: PhaseView; selected: WeightRef; chain: WeightChain; unit: string }) {
  const { layer, to, from } = selected;
  const layers = net.layers.length;
  const engine = phase.layers[layer]!;
  const engineGrad = engine.dW![to * net.layers[layer]!.nIn + from]!;
  const hiddenPaths = chain.pathCount - chain.shown.length;
  const agree = Math.abs(chain.gradient - engineGrad) <= 1e-12 * Math.max(1, Math.abs(engineGrad));
  return (
    <>
      <p className="mt-2 text-sm">
        δ de {unit} es la suma de {chain.pathCount === 1 ? 'un camino' : `${chain.pathCount} caminos`} hasta la salida; cada camino multiplica las derivadas locales que atraviesa:
      </p>
      <ol className="mt-1 space-y-1.5 font-mono text-xs break-words" data-testid="cadena-caminos">
        {chain.shown.map((p) => {
          const { symbols, numbers } = pathProduct(p);
          return (
            <li key={p.units.join('-')} className="border-l-2 border-slate-300 pl-2 dark:border-slate-600">
              <span className="block font-semibold">{pathRoute(p, layer, layers)}</span>
              <span className="block">{symbols}</span>
              <span className="block">= {numbers}</span>
            </li>
          );
        })}
      </ol>
      {hiddenPaths > 0 && (
        <p className="mt-1 font-mono text-xs" data-testid="cadena-resto">
          y {hiddenPaths} {hiddenPaths === 1 ? 'camino' : 'caminos'} más, que suman {num(chain.restSum)}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
        <dt>Suma de los caminos</dt>
        <dd className="font-mono" data-testid="cadena-suma">
          δ = {num(chain.delta)} · ∂L/∂w = {num(chain.gradient)}
        </dd>
        <dt>Lo que calcula el motor</dt>
        <dd className="font-mono" data-testid="cadena-motor">
          δ = {num(engine.delta![to]!)} · ∂L/∂w = {num(engineGrad)}
        </dd>
      </dl>
      <p className="mt-1 text-xs">
        {net.loss === 'bce' ? 'Con entropía cruzada y salida sigmoide, ∂L/∂z = ŷ − y: la derivada de la sigmoide se cancela con la de la pérdida.' : 'Con el error cuadrático, ∂L/∂ŷ = ŷ − y.'}{' '}
        {agree ? 'Coinciden: la retropropagación suma, capa a capa, todos estos caminos a la vez.' : 'No coinciden: algo ha cambiado la red después de esta fase.'}
      </p>
    </>
  );
}
