import { useMemo, useState } from 'react';
import { usePlayer } from '../shared/use-player';
import { gradsAfter, replaySteps } from './backward-replay';
import type { ChainGraph } from './chain-graph';
import { edgeKey } from './graph-geometry';
import { replayStatus } from './status-text';

/**
 * Replaying the engine's backward pass one operation at a time: `done` steps so far (null
 * when not replaying), the gradients to write in the boxes and what to light up.
 */
export function useBackwardReplay(graph: ChainGraph, reducedMotion: boolean, announce: (text: string) => void) {
  const steps = useMemo(() => replaySteps(graph), [graph]);
  const [done, setDone] = useState<number | null>(null);

  function goTo(next: number) {
    setDone(next);
    announce(replayStatus(graph, steps, next));
  }

  const player = usePlayer(
    () => {
      const at = done ?? 0;
      if (at >= steps.length) return false;
      goTo(at + 1);
      return at + 1 < steps.length;
    },
    () => goTo(steps.length),
    1200,
    reducedMotion,
  );

  const current = done !== null && done > 0 ? steps[done - 1]! : null;
  const litNodes = new Set(current ? [current.node, ...current.shares.map((s) => s.parent)] : []);
  const litEdges = new Set(current ? current.shares.map((s) => edgeKey({ from: s.parent, to: current.node, local: 0, gradient: 0 })) : []);
  return {
    active: done !== null,
    done: done ?? 0,
    total: steps.length,
    grads: done === null ? graph.nodes.map((n) => n.grad) : gradsAfter(graph, steps, done),
    litNodes,
    litEdges,
    player,
    start: () => goTo(0),
    step: () => goTo(Math.min(steps.length, (done ?? 0) + 1)),
    stop: () => {
      player.pause();
      setDone(null);
    },
  };
}
