'use client';

import { useId, useLayoutEffect, useMemo, useState } from 'react';
import type { Feature, Network } from '@/lib/engine';
import type { EdgeEnds, EdgeLayer } from './draw/edges';
import type { WeightRef } from './model/weight-paths';
import { EdgeHandles, type EdgeHandle } from './edge-handles';
import { FeatureInputs } from './feature-inputs';
import { LayerControls } from './layer-controls';
import { targetDescription, weightName } from './model/edge-labels';
import type { EdgeMode } from './model/edge-style';
import type { GradientView } from './model/inspect-gradients';
import { LAB_FEATURES } from './model/lab-state';
import { edgePath, networkGeometry } from './model/network-geometry';
import type { PhaseView } from './model/phase-stepper';
import { focusTargets, targetKey, type FocusTarget } from './model/roving-focus';
import { NeuronNode } from './neuron-node';
import { useRovingFocus } from './use-roving-focus';
import { ValueEditor } from './value-editor';

interface Props {
  net: Network;
  features: readonly Feature[];
  hidden: readonly number[];
  grad: GradientView | null;
  phase: PhaseView | null;
  edgeMode: EdgeMode;
  canEditFeatures: boolean;
  canEditLayers: boolean;
  showAllFeatures: boolean;
  edgeLayer: EdgeLayer;
  registerCanvas: (key: string, el: HTMLCanvasElement | null) => void;
  onToggleFeature: (f: Feature) => void;
  onHiddenChange: (hidden: number[]) => void;
  onEditParam: (target: FocusTarget, value: number) => void;
  /** When set, activating a weight selects it (for the chain rule) instead of opening the editor. */
  onSelectWeight?: (weight: WeightRef) => void;
  /** The selected weight, drawn highlighted. */
  selectedWeight: WeightRef | null;
}

/**
 * The network as Playground draws it: feature and neuron heatmaps joined by weight curves.
 * Weights (edges) and biases (neurons) share one tab stop; arrows move between them and
 * Enter opens the editor.
 */
export function NetworkView(props: Props) {
  const { net, features, hidden, grad, phase, edgeLayer } = props;
  const [editing, setEditing] = useState<FocusTarget | null>(null);
  const [hover, setHover] = useState<FocusTarget | null>(null);
  const tipId = useId();
  const shown = props.showAllFeatures ? LAB_FEATURES : features;
  const geo = useMemo(() => networkGeometry(shown, hidden), [shown, hidden]);
  const spotOf = (col: number, row: number) => (col === 0 ? geo.columns[0]![shown.indexOf(features[row]!)]! : geo.columns[col]![row]!);
  const targets = useMemo(() => focusTargets(net.sizes), [net]);
  const { onSelectWeight } = props;
  const activate = (t: FocusTarget) => (t.kind === 'w' && onSelectWeight ? onSelectWeight({ layer: t.layer, to: t.to, from: t.from }) : setEditing(t));
  const { active, containerProps } = useRovingFocus(targets, activate, setHover);
  const indexOf = useMemo(() => new Map(targets.map((t, k) => [targetKey(t), k])), [targets]);

  const { handles, ends } = useMemo(() => {
    const list: EdgeHandle[] = [];
    const at: EdgeEnds[] = [];
    net.layers.forEach((layer, l) => {
      for (let to = 0; to < layer.nOut; to++) {
        for (let from = 0; from < layer.nIn; from++) {
          const a = spotOf(l, from);
          const b = spotOf(l + 1, to);
          at.push({ a, b });
          list.push({ k: indexOf.get(`w-${l}-${to}-${from}`)!, layer: l, to, from, d: edgePath(a, b), label: weightName(net, features, l, to, from) });
        }
      }
    });
    return { handles: list, ends: at };
    // spotOf only reads geo, shown and features.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [net, geo, features, indexOf]);
  useLayoutEffect(() => edgeLayer.setEdgeGeometry(ends), [edgeLayer, ends]);
  useLayoutEffect(() => edgeLayer.setEdgeView({ grad, phase, mode: props.edgeMode }), [edgeLayer, grad, phase, props.edgeMode]);

  const valueOf = (t: FocusTarget) => {
    const l = net.layers[t.layer]!;
    return t.kind === 'w' ? l.W[t.to * l.nIn + t.from]! : l.b[t.to]!;
  };
  const tip = editing ? null : hover;
  const spotFor = (t: FocusTarget) => spotOf(t.layer + 1, t.to);
  const describedBy = tip && indexOf.get(targetKey(tip)) === active ? tipId : undefined;

  return (
    <div className="min-w-0 overflow-x-auto">
      <div style={{ minWidth: `${(hidden.length + 2) * 4.25}rem` }}>
        <LayerControls hidden={hidden} canEdit={props.canEditLayers} onChange={props.onHiddenChange} />
        <p className="sr-only">Los pesos y los sesgos forman un solo grupo: ↑ y ↓ recorren una capa, ← y → cambian de capa, Intro edita el valor.</p>
        <div className="relative mt-1 w-full" style={{ height: `${Math.max(3, geo.rows) * 2.9}rem` }} {...containerProps}>
          <canvas ref={(el) => edgeLayer.setEdgeCanvas(el)} className="absolute inset-0 h-full w-full" aria-hidden="true" />
          <EdgeHandles handles={handles} active={active} describedBy={describedBy} selected={props.selectedWeight} action={onSelectWeight ? 'elegir' : 'editar'} />
          <FeatureInputs shown={shown} spots={geo.columns[0]!} features={features} canEdit={props.canEditFeatures} registerCanvas={props.registerCanvas} onToggle={props.onToggleFeature} />
          {net.layers.map((layer, l) =>
            Array.from({ length: layer.nOut }, (_, j) => {
              const k = indexOf.get(`b-${l}-${j}`)!;
              return (
                <NeuronNode
                  key={`${l}-${j}`}
                  layer={l}
                  unit={j}
                  isOutput={l === net.layers.length - 1}
                  spot={geo.columns[l + 1]![j]!}
                  dead={grad?.dead[l]?.[j] ?? false}
                  phase={phase?.layers[l] ?? null}
                  focusIndex={k}
                  tabIndex={k === active ? 0 : -1}
                  describedBy={k === active ? describedBy : undefined}
                  registerCanvas={props.registerCanvas}
                />
              );
            }),
          )}
          {tip && (
            <div
              id={tipId}
              role="tooltip"
              className="pointer-events-none absolute z-10 max-w-56 -translate-x-1/2 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
              style={{ left: `${Math.min(80, Math.max(20, spotFor(tip).x - 8))}%`, top: `${Math.min(90, spotFor(tip).y + 6)}%` }}
            >
              {targetDescription(net, features, tip, grad, phase)}
            </div>
          )}
          {editing && (
            <ValueEditor
              key={targetKey(editing)}
              label={editing.kind === 'w' ? `Nuevo valor de w (capa ${editing.layer + 1}, ${editing.from + 1} → ${editing.to + 1})` : `Nuevo valor de b (capa ${editing.layer + 1}, neurona ${editing.to + 1})`}
              initial={valueOf(editing)}
              at={spotFor(editing)}
              onCommit={(v) => {
                props.onEditParam(editing, v);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </div>
      </div>
    </div>
  );
}
