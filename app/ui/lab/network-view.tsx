'use client';

import { useId, useState } from 'react';
import type { Feature, Network } from '@/lib/engine';
import { signColor } from './draw/colors';
import { btn, btnSm, node } from './styles';
import { num, parseNum } from './format';
import type { GradientView } from './model/inspect-gradients';
import { FEATURE_LABELS, LAB_FEATURES, LIMITS } from './model/lab-state';
import { edgePath, networkGeometry } from './model/network-geometry';
import type { PhaseView } from './model/phase-stepper';

export interface EdgeRef {
  layer: number;
  to: number;
  from: number;
}

interface Props {
  net: Network;
  features: readonly Feature[];
  hidden: readonly number[];
  grad: GradientView | null;
  phase: PhaseView | null;
  edgeMode: 'peso' | 'gradiente';
  canEditFeatures: boolean;
  canEditLayers: boolean;
  showAllFeatures: boolean;
  registerCanvas: (key: string, el: HTMLCanvasElement | null) => void;
  onToggleFeature: (f: Feature) => void;
  onHiddenChange: (hidden: number[]) => void;
  onEditWeight: (edge: EdgeRef, value: number) => void;
}

function nodeName(col: number, row: number, features: readonly Feature[], layers: number): string {
  if (col === 0) return FEATURE_LABELS[features[row]!];
  if (col === layers) return 'la salida';
  return `la neurona ${row + 1} de la capa ${col}`;
}

/** The network as Playground draws it: feature and neuron heatmaps joined by weight curves. */
export function NetworkView(props: Props) {
  const { net, features, hidden, grad, phase, edgeMode } = props;
  const [editing, setEditing] = useState<(EdgeRef & { text: string; error: string | null }) | null>(null);
  const [hover, setHover] = useState<EdgeRef | null>(null);
  const inputId = useId();
  const shown = props.showAllFeatures ? LAB_FEATURES : features;
  const geo = networkGeometry(shown, hidden);
  const inputSpot = (f: Feature) => geo.columns[0]![shown.indexOf(f)]!;
  const layers = net.layers.length;

  const edgeValue = (e: EdgeRef): { w: number; g: number | null; dw: number | null } => {
    const layer = net.layers[e.layer]!;
    const k = e.to * layer.nIn + e.from;
    const pl = phase?.layers[e.layer];
    const g = pl?.dW ? pl.dW[k]! : grad ? grad.dW[e.layer]![k]! : null;
    return { w: layer.W[k]!, g, dw: pl?.deltaW ? pl.deltaW[k]! : null };
  };
  let maxG = 1e-12;
  if (edgeMode === 'gradiente') {
    for (let l = 0; l < layers; l++) {
      const src = phase?.layers[l]?.dW ?? grad?.dW[l];
      if (src) for (const v of src) maxG = Math.max(maxG, Math.abs(v));
    }
  }

  const spotOf = (col: number, row: number) => (col === 0 ? inputSpot(features[row]!) : geo.columns[col]![row]!);
  const edges: { e: EdgeRef; d: string; label: string; width: number; color: string }[] = [];
  for (let l = 0; l < layers; l++) {
    const layer = net.layers[l]!;
    for (let j = 0; j < layer.nOut; j++) {
      for (let i = 0; i < layer.nIn; i++) {
        const e = { layer: l, to: j, from: i };
        const v = edgeValue(e);
        const size = edgeMode === 'gradiente' && v.g !== null ? (Math.abs(v.g) / maxG) * 6 : Math.min(6, Math.abs(v.w) * 2.5);
        let label = `Peso de ${nodeName(l, i, features, layers)} a ${nodeName(l + 1, j, features, layers)}: ${num(v.w)}`;
        if (v.g !== null) label += `; ∂L/∂w = ${num(v.g)}`;
        if (v.dw !== null) label += `; Δw = ${num(v.dw)}`;
        edges.push({ e, d: edgePath(spotOf(l, i), spotOf(l + 1, j)), label, width: Math.max(0.4, size), color: signColor(edgeMode === 'gradiente' && v.g !== null ? -v.g : v.w) });
      }
    }
  }

  const commit = () => {
    if (!editing) return;
    const value = parseNum(editing.text);
    if (value === null || Math.abs(value) > 100) {
      setEditing({ ...editing, error: 'Escribe un número entre −100 y 100.' });
      return;
    }
    props.onEditWeight(editing, value);
    setEditing(null);
  };
  const spotLabel = hover ?? editing;
  const tip = spotLabel ? edges.find((x) => x.e.layer === spotLabel.layer && x.e.to === spotLabel.to && x.e.from === spotLabel.from) : null;
  const tipSpot = spotLabel ? spotOf(spotLabel.layer + 1, spotLabel.to) : null;

  const setNeurons = (l: number, delta: number) => {
    const next = [...hidden];
    next[l] = Math.min(LIMITS.maxNeurons, Math.max(1, next[l]! + delta));
    props.onHiddenChange(next);
  };

  return (
    <div className="min-w-0 overflow-x-auto">
      <div style={{ minWidth: `${(hidden.length + 2) * 4.25}rem` }}>
      {props.canEditLayers && (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{hidden.length === 1 ? '1 capa oculta' : `${hidden.length} capas ocultas`}</span>
          <button type="button" className={btn} aria-label="Añadir una capa oculta" disabled={hidden.length >= LIMITS.maxLayers} onClick={() => props.onHiddenChange([...hidden, 2])}>
            +
          </button>
          <button type="button" className={btn} aria-label="Quitar la última capa oculta" disabled={hidden.length === 0} onClick={() => props.onHiddenChange(hidden.slice(0, -1))}>
            −
          </button>
        </div>
      )}
      <div className="grid text-xs" style={{ gridTemplateColumns: `repeat(${hidden.length + 2}, minmax(0, 1fr))` }}>
        <div className="text-center text-slate-600 dark:text-slate-400">Entradas</div>
        {hidden.map((n, l) => (
          <div key={l} className="flex flex-col items-center gap-1">
            {props.canEditLayers && (
              <div className="flex gap-1">
                <button type="button" className={btnSm} aria-label={`Añadir una neurona a la capa ${l + 1}`} disabled={n >= LIMITS.maxNeurons} onClick={() => setNeurons(l, 1)}>
                  +
                </button>
                <button type="button" className={btnSm} aria-label={`Quitar una neurona de la capa ${l + 1}`} disabled={n <= 1} onClick={() => setNeurons(l, -1)}>
                  −
                </button>
              </div>
            )}
            <span className="text-slate-600 dark:text-slate-400">{n === 1 ? '1 neurona' : `${n} neuronas`}</span>
          </div>
        ))}
        <div className="text-center text-slate-600 dark:text-slate-400">Salida</div>
      </div>
      <div className="relative mt-1 w-full" style={{ height: `${Math.max(3, geo.rows) * 2.9}rem` }} onMouseLeave={() => setHover(null)}>
        <svg className="absolute inset-0 h-full w-full" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden={false} role="group" aria-label="Pesos de la red">
          {edges.map(({ e, d, width, color, label }) => (
            <g key={`${e.layer}-${e.to}-${e.from}`}>
              <path d={d} fill="none" stroke={color} strokeOpacity={0.85} strokeWidth={width} vectorEffect="non-scaling-stroke" />
              <path
                d={d}
                fill="none"
                stroke="transparent"
                strokeWidth={10}
                vectorEffect="non-scaling-stroke"
                tabIndex={0}
                role="button"
                aria-label={`${label}. Pulsa Intro para editarlo.`}
                data-testid={`peso-${e.layer}-${e.to}-${e.from}`}
                className="cursor-pointer outline-none focus-visible:stroke-brand-500/60"
                onMouseEnter={() => setHover(e)}
                onFocus={() => setHover(e)}
                onBlur={() => setHover(null)}
                onClick={() => setEditing({ ...e, text: String(Number(net.layers[e.layer]!.W[e.to * net.layers[e.layer]!.nIn + e.from]!.toFixed(4))), error: null })}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter' || ev.key === ' ') {
                    ev.preventDefault();
                    setEditing({ ...e, text: String(Number(net.layers[e.layer]!.W[e.to * net.layers[e.layer]!.nIn + e.from]!.toFixed(4))), error: null });
                  }
                }}
              />
            </g>
          ))}
        </svg>
        {shown.map((f) => {
          const s = inputSpot(f);
          const active = features.includes(f);
          return (
            <button
              key={f}
              type="button"
              aria-pressed={active}
              disabled={!props.canEditFeatures}
              aria-label={`Entrada ${FEATURE_LABELS[f]}`}
              onClick={() => props.onToggleFeature(f)}
              className={`absolute flex -translate-x-1/2 -translate-y-1/2 items-center gap-1 ${active ? '' : 'opacity-40'}`}
              style={{ left: `${s.x}%`, top: `${s.y}%` }}
            >
              <span className="w-10 text-right text-[11px] font-medium">{FEATURE_LABELS[f]}</span>
              <canvas ref={(el) => props.registerCanvas(`in-${f}`, el)} className={node} width={24} height={24} />
            </button>
          );
        })}
        {net.layers.map((layer, l) =>
          Array.from({ length: layer.nOut }, (_, j) => {
            const s = geo.columns[l + 1]![j]!;
            const dead = grad?.dead[l]?.[j] ?? false;
            const pl = phase?.layers[l];
            const isOut = l === layers - 1;
            return (
              <div key={`${l}-${j}`} className="absolute -translate-x-1/2 -translate-y-1/2" style={{ left: `${s.x}%`, top: `${s.y}%` }}>
                <canvas
                  ref={(el) => props.registerCanvas(`n-${l}-${j}`, el)}
                  className={`${node} ${dead ? 'ring-2 ring-red-600' : ''}`}
                  width={24}
                  height={24}
                  role="img"
                  aria-label={`${isOut ? 'Salida' : `Neurona ${j + 1} de la capa ${l + 1}`}${dead ? ' (ReLU muerta: nunca se activa)' : ''}`}
                />
                {dead && <span className="absolute -top-2 -right-2 rounded bg-red-600 px-0.5 text-[9px] font-bold text-white">muerta</span>}
                {pl && (
                  <span className="absolute top-full left-1/2 mt-0.5 -translate-x-1/2 whitespace-nowrap rounded bg-white/90 px-1 font-mono text-[10px] leading-tight text-slate-900 shadow-sm dark:bg-slate-900/90 dark:text-slate-100">
                    {pl.delta ? `δ=${num(pl.delta[j]!)}` : `z=${num(pl.z[j]!)} a=${num(pl.a[j]!)}`}
                  </span>
                )}
              </div>
            );
          }),
        )}
        {tip && tipSpot && !editing && (
          <div role="tooltip" className="pointer-events-none absolute z-10 max-w-56 -translate-x-1/2 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow" style={{ left: `${Math.min(80, Math.max(20, tipSpot.x - 8))}%`, top: `${Math.min(90, tipSpot.y + 6)}%` }}>
            {tip.label}
          </div>
        )}
        {editing && tipSpot && (
          <form
            className="absolute z-20 w-56 -translate-x-1/2 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
            style={{ left: `${Math.min(75, Math.max(25, tipSpot.x - 8))}%`, top: `${Math.min(70, tipSpot.y)}%` }}
            onSubmit={(ev) => {
              ev.preventDefault();
              commit();
            }}
            onKeyDown={(ev) => {
              if (ev.key === 'Escape') setEditing(null);
            }}
          >
            <label className="block text-xs font-medium" htmlFor={inputId}>
              Nuevo valor de w (capa {editing.layer + 1}, {editing.from + 1} → {editing.to + 1})
            </label>
            <input
              id={inputId}
              autoFocus
              inputMode="decimal"
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
              value={editing.text}
              aria-invalid={editing.error !== null}
              onChange={(ev) => setEditing({ ...editing, text: ev.target.value, error: null })}
            />
            {editing.error && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{editing.error}</p>}
            <div className="mt-2 flex gap-2">
              <button type="submit" className={btn}>
                Aplicar
              </button>
              <button type="button" className={btn} onClick={() => setEditing(null)}>
                Cancelar
              </button>
            </div>
          </form>
        )}
      </div>
      </div>
    </div>
  );
}
