import { niceTicks } from '../model/ticks';

/**
 * A horizontal value axis drawn in SVG with percentage coordinates, so the figure needs no
 * measured width: the same markup fits 360 px and 1200 px and never shifts after load.
 */
export interface NumberLine {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

/** A range covering every finite value with 15 % room on each side (at least ±`minRoom`), and round ticks inside it. */
export function numberLineFor(values: readonly number[], minRoom = 0.25, tickCount = 5): NumberLine {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 0;
  const room = Math.max((max - min) * 0.15, minRoom);
  return { lo: min - room, hi: max + room, ticks: niceTicks(min - room, max + room, tickCount) };
}

/** Where `v` sits, in percent of the width, between margins of `margin` % (values outside are clamped to the edge). */
export function percentOn(line: NumberLine, v: number, margin = 6): number {
  const f = (v - line.lo) / (line.hi - line.lo);
  return margin + (100 - 2 * margin) * Math.min(Math.max(Number.isFinite(f) ? f : 0.5, 0), 1);
}
