import type { Network, ParamRef } from '@/lib/engine';

/** Position of a parameter in {@link flatWeights} order (per layer: W row-major, then b). */
export function flatIndex(net: Network, p: ParamRef): number {
  let offset = 0;
  for (let l = 0; l < p.layer; l++) offset += net.layers[l]!.W.length + net.layers[l]!.b.length;
  return offset + (p.kind === 'W' ? p.index : net.layers[p.layer]!.W.length + p.index);
}

/**
 * The weights training went through, one snapshot per epoch at most. When full, every
 * other snapshot is dropped, so the trail always spans the whole run at a coarser step.
 */
export class WeightTrail {
  private snapshots: { epoch: number; weights: Float32Array }[] = [];

  constructor(private readonly capacity = 512) {}

  /** Adds a snapshot unless the epoch is the last one recorded. */
  push(epoch: number, weights: Float32Array): void {
    const last = this.snapshots[this.snapshots.length - 1];
    if (last && last.epoch === epoch) return;
    if (this.snapshots.length >= this.capacity) this.snapshots = this.snapshots.filter((_, i) => i % 2 === 0);
    this.snapshots.push({ epoch, weights });
  }

  get length(): number {
    return this.snapshots.length;
  }

  /** The path of two parameters (flat indices) through the recorded epochs, oldest first. */
  path(i1: number, i2: number): [number, number][] {
    return this.snapshots.map((s) => [s.weights[i1]!, s.weights[i2]!]);
  }
}
