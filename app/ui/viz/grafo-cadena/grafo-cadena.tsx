'use client';

import { useMemo, useState } from 'react';
import { fromLogSlider, tidy, toLogSlider } from '../model/log-scale';
import { StepControls } from '../shared/step-controls';
import { usePalette } from '../shared/use-palette';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizButton } from '../shared/viz-button';
import { VizFrame } from '../shared/viz-frame';
import { computeChainGraph, nodesOnPaths, pathsToRoot } from './chain-graph';
import { ChainNumbers } from './chain-numbers';
import { type ChainGraphProps, parseChainGraphProps } from './chain-props';
import { drawLeaves, EXPRESSION_BY_NAME } from './expressions';
import { edgeKey } from './graph-geometry';
import { GraphSvg } from './graph-svg';
import { NUDGE_MAX, NUDGE_MIN, nudgeLeaf } from './nudge';
import { NudgePanel } from './nudge-panel';
import { PathPanel } from './path-panel';
import { describeNode, nudgeStatus, selectionStatus } from './status-text';
import { useBackwardReplay } from './use-backward-replay';

/** `<GrafoCadena expresion="neurona|dos-caminos|cadena-larga" semilla="3" />`: the chain rule on a computation graph. */
export function GrafoCadena(props: ChainGraphProps) {
  const { expression, seed } = useMemo(() => parseChainGraphProps(props), [props]);
  const { formula, firstChoice } = EXPRESSION_BY_NAME[expression];
  const leaves = useMemo(() => drawLeaves(expression, seed), [expression, seed]);
  const base = useMemo(() => computeChainGraph(expression, leaves), [expression, leaves]);
  const [selectedLabel, setSelectedLabel] = useState(firstChoice);
  const selected = base.nodes.find((n) => n.label === selectedLabel)?.id ?? 0;
  const selectedNode = base.nodes[selected]!;
  const [slider, setSlider] = useState(() => toLogSlider(0.002, NUDGE_MIN, NUDGE_MAX));
  const epsilon = tidy(fromLogSlider(slider, NUDGE_MIN, NUDGE_MAX));
  const [applied, setApplied] = useState(false);
  const pushed = applied && selectedNode.isLeaf;
  const graph = useMemo(
    () => (pushed ? computeChainGraph(expression, { ...leaves, [selectedLabel]: leaves[selectedLabel]! + epsilon }) : base),
    [pushed, expression, leaves, selectedLabel, epsilon, base],
  );
  const paths = useMemo(() => pathsToRoot(base, selected), [base, selected]);
  const report = useMemo(
    () => (selectedNode.isLeaf ? nudgeLeaf(expression, leaves, selectedLabel, epsilon, selectedNode.grad) : null),
    [expression, leaves, selectedLabel, epsilon, selectedNode],
  );
  const palette = usePalette();
  const [status, setStatus] = useState('');
  const replay = useBackwardReplay(graph, useReducedMotion(), setStatus);

  function select(id: number) {
    const node = base.nodes[id]!;
    replay.stop();
    setApplied(false);
    setSelectedLabel(node.label);
    setStatus(selectionStatus(base, id, pathsToRoot(base, id)));
  }

  const litNodes = replay.active ? replay.litNodes : nodesOnPaths(paths, selected);
  const litEdges = replay.active ? replay.litEdges : new Set(paths.flatMap((p) => p.edges.map(edgeKey)));
  return (
    <VizFrame
      name="GrafoCadena"
      title="Grafo de cálculo y regla de la cadena"
      hint={`${formula}. Cada caja muestra su valor y su gradiente ∂L/∂nodo; cada flecha, su derivada local. Pulsa un nodo (o llega con Tab y pulsa Intro) para ver sus caminos hasta L.`}
      status={status || selectionStatus(base, selected, paths)}
      numbers={<ChainNumbers graph={graph} grads={replay.grads} />}
    >
      <GraphSvg
        graph={graph}
        palette={palette}
        grads={replay.grads}
        selected={selected}
        litNodes={litNodes}
        litEdges={litEdges}
        label={`Grafo de cálculo de ${formula}. Nodos en orden de lectura; las flechas recorren los nodos e Intro elige uno.`}
        describeNode={(id) => describeNode(graph, id, replay.grads[id]!)}
        onSelect={select}
      />
      {replay.active ? (
        <div className="flex flex-wrap items-center gap-2">
          <StepControls
            stepLabel="Siguiente operación"
            canStep={replay.done < replay.total}
            playing={replay.player.playing}
            onStep={replay.step}
            onPlay={replay.player.play}
            onPause={replay.player.pause}
            onReset={replay.start}
          />
          <VizButton onClick={replay.stop}>Salir del repaso</VizButton>
          <span className="text-sm tabular-nums">
            Operación {replay.done} de {replay.total}
          </span>
        </div>
      ) : (
        <>
          <PathPanel graph={base} selected={selected} paths={paths} />
          {report ? (
            <NudgePanel
              leaf={selectedLabel}
              sliderPosition={slider}
              onSlide={setSlider}
              report={report}
              applied={pushed}
              onApply={() => {
                setApplied(!pushed);
                setStatus(pushed ? `${selectedLabel} vuelve a su valor.` : nudgeStatus(selectedLabel, report));
              }}
            />
          ) : (
            <p className="m-0 text-sm text-slate-700 dark:text-slate-300">Para empujar un número elige una hoja: un peso, una entrada o el objetivo y.</p>
          )}
          <VizButton onClick={replay.start}>Repasar el backward operación a operación</VizButton>
        </>
      )}
    </VizFrame>
  );
}
