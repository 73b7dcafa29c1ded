/** Something the keyboard can reach in the network drawing: a weight (edge) or a bias (neuron). */
export type FocusTarget = { kind: 'w'; layer: number; to: number; from: number } | { kind: 'b'; layer: number; to: number };

/** Layer sizes, input first, as the engine's Network.sizes. */
export type Sizes = readonly number[];

/**
 * Every weight and bias in reading order: layer by layer, and inside a layer unit by unit,
 * the unit's incoming weights then its bias.
 */
export function focusTargets(sizes: Sizes): FocusTarget[] {
  const out: FocusTarget[] = [];
  for (let layer = 0; layer + 1 < sizes.length; layer++) {
    for (let to = 0; to < sizes[layer + 1]!; to++) {
      for (let from = 0; from < sizes[layer]!; from++) out.push({ kind: 'w', layer, to, from });
      out.push({ kind: 'b', layer, to });
    }
  }
  return out;
}

export function targetKey(t: FocusTarget): string {
  return t.kind === 'w' ? `w-${t.layer}-${t.to}-${t.from}` : `b-${t.layer}-${t.to}`;
}

/**
 * Roving focus over the targets: ↑/↓ step through the current layer (stopping at its ends),
 * ←/→ jump to the previous/next layer at the same relative position, Home/End go to the
 * first/last target. Null for any other key (the key is not ours).
 */
export function moveFocus(targets: readonly FocusTarget[], index: number, key: string): number | null {
  const layer = targets[index]!.layer;
  const span = (l: number) => {
    const first = targets.findIndex((t) => t.layer === l);
    let last = first;
    while (last + 1 < targets.length && targets[last + 1]!.layer === l) last++;
    return { first, last };
  };
  const here = span(layer);
  switch (key) {
    case 'ArrowDown':
      return Math.min(here.last, index + 1);
    case 'ArrowUp':
      return Math.max(here.first, index - 1);
    case 'ArrowRight':
    case 'ArrowLeft': {
      const next = layer + (key === 'ArrowRight' ? 1 : -1);
      if (next < 0 || !targets.some((t) => t.layer === next)) return index;
      const there = span(next);
      const ratio = here.last === here.first ? 0 : (index - here.first) / (here.last - here.first);
      return there.first + Math.round(ratio * (there.last - there.first));
    }
    case 'Home':
      return 0;
    case 'End':
      return targets.length - 1;
    default:
      return null;
  }
}
