import { Session } from 'node:inspector';
import type { Contender, Trainer } from './contenders/types';
import type { BenchData, Shape } from './shapes';

/** Wall time of one timed round, ms; rounds of every contender are interleaved. */
export const ROUND_MS = 200;
export const ROUNDS = 5;

export interface Prepared {
  readonly contender: Contender;
  readonly trainer: Trainer;
  readonly batch: number;
  /** Creation plus the first batch (synaptic compiles here), ms. */
  readonly setupMs: number;
  /** Batches per timed round. */
  readonly batchesPerRound: number;
  /** Trains `batches` batches. */
  readonly runBatches: (batches: number) => void;
  readonly rates: number[];
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Builds the trainer, calibrates a round to about ROUND_MS and warms the JIT up. */
export async function prepare(contender: Contender, shape: Shape, data: BenchData, batch: number): Promise<Prepared> {
  const t0 = performance.now();
  const trainer = await contender.create(shape, data, batch);
  const runBatches = (batches: number): void => trainer.run(batches * batch);
  runBatches(1);
  const setupMs = performance.now() - t0;
  let n = 1;
  let t = time(() => runBatches(n));
  while (t < 40 && n < 1 << 24) {
    n *= 2;
    t = time(() => runBatches(n));
  }
  const batchesPerRound = Math.max(1, Math.round((n * ROUND_MS) / Math.max(t, 1e-3)));
  // Warm up until two consecutive rounds agree within 15% (at least 3, at most 8 rounds or
  // about 3 s), so optimised code is in place even when the JIT's background compiler
  // thread is starved by a busy machine.
  if (t < 1000) {
    const until = performance.now() + 3000;
    let previous = 0;
    for (let w = 0; w < 8 && performance.now() < until; w++) {
      const ms = time(() => runBatches(batchesPerRound));
      if (w >= 2 && Math.abs(ms - previous) < 0.15 * previous) break;
      previous = ms;
    }
  }
  return { contender, trainer, batch, setupMs, batchesPerRound, runBatches, rates: [] };
}

/**
 * ROUNDS timed rounds, interleaving the contenders so machine load hits them alike, with
 * the order rotated every round so nobody always runs right after a garbage-heavy library
 * (forcing a collection between rounds instead was tried: it perturbs V8's optimised code).
 */
export function measure(prepared: readonly Prepared[]): void {
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < prepared.length; k++) {
      const p = prepared[(k + r) % prepared.length]!;
      const ms = time(() => p.runBatches(p.batchesPerRound));
      p.rates.push((p.batchesPerRound * p.batch * 1000) / ms);
    }
  }
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Sampling heap profiler of this process (V8's, through node:inspector). */
const session = new Session();
session.connect();

function post<T>(method: string, params: object = {}): T {
  let result: T | undefined;
  let error: Error | null = null;
  session.post(method, params, (err, res) => {
    error = err;
    result = res as T;
  });
  if (error) throw error;
  if (result === undefined) throw new Error(`${method} did not answer synchronously`);
  return result;
}

interface ProfileNode {
  callFrame: { url: string; functionName: string };
  selfSize: number;
  children: ProfileNode[];
}

/** Bytes sampled in the profile, minus the profiler's own traffic (node:inspector and our post()). */
function sampledBytes(node: ProfileNode): number {
  const { url, functionName } = node.callFrame;
  if (url.startsWith('node:inspector') || (functionName === 'post' && url.endsWith('harness.ts'))) return 0;
  return node.children.reduce((sum, child) => sum + sampledBytes(child), node.selfSize);
}

/**
 * Bytes allocated per training example over one round, from V8's sampling heap profiler
 * (every allocation counts, including objects already collected; the sampling interval is
 * 256 bytes on average, so small figures are estimates), after training at least
 * `minExamples` more examples so the JIT has settled.
 */
export function bytesPerExample(p: Prepared, minExamples = 0): number {
  // Functions called once per step (option checks) only get optimised after a few thousand
  // steps; until then V8's interpreter boxes the numbers they read. Measure steady state.
  const deadline = performance.now() + 5000;
  for (let done = 0; done < minExamples && performance.now() < deadline; done += p.batchesPerRound * p.batch) p.runBatches(p.batchesPerRound);
  post('HeapProfiler.enable');
  post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  p.runBatches(p.batchesPerRound);
  const { profile } = post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
  post('HeapProfiler.disable');
  if (process.env.HEAP_DETAIL && p.contender.name.startsWith(process.env.HEAP_DETAIL)) printTop(profile.head);
  return sampledBytes(profile.head) / (p.batchesPerRound * p.batch);
}

function printTop(head: ProfileNode): void {
  const rows: [number, string][] = [];
  const walk = (n: ProfileNode, path: string[]): void => {
    const here = [...path, `${n.callFrame.functionName}@${n.callFrame.url.split('/').pop()}`];
    if (n.selfSize) rows.push([n.selfSize, here.slice(-4).reverse().join(' <- ')]);
    n.children.forEach((c) => walk(c, here));
  };
  walk(head, []);
  rows.sort((a, b) => b[0] - a[0]).slice(0, 8).forEach(([b, s]) => console.log(`  ${b} ${s}`));
}
