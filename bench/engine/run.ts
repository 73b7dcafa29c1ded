// npm run bench:engine — trains the same networks on the same data with this engine and with
// the JavaScript libraries a user might otherwise pick, side by side in one run, and prints
// examples per second (forward + backward + update), ratios to the engine and heap figures.
// Heap figures come from V8's sampling heap profiler (node:inspector): no node flags needed.
import { cpus, loadavg } from 'node:os';
import { brainJs } from './contenders/brain';
import { convnet } from './contenders/convnet';
import { engine } from './contenders/engine';
import { plainLoop } from './contenders/plain-loop';
import { graphSize, scalarGraph } from './contenders/scalar-graph';
import { synapticCompiled } from './contenders/synaptic';
import { tfjsCore } from './contenders/tfjs';
import type { Contender } from './contenders/types';
import { bytesPerExample, measure, median, type Prepared, prepare, ROUNDS } from './harness';
import { makeData, SHAPES } from './shapes';
import { num, ratio, renderTable } from './table';

const ALL: Contender[] = [engine, plainLoop, brainJs, convnet, synapticCompiled, tfjsCore];

/** Optional filters for quick looks: --shapes=0,2 --batches=1 --libs=engine,synaptic (name prefixes). */
function option(name: string): string[] | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3).split(',');
}
const CONTENDERS = ALL.filter((c) => c === engine || !option('libs') || option('libs')!.some((p) => c.name.startsWith(p)));
const BATCHES = (option('batches') ?? ['1', '32']).map(Number);
const SHAPE_INDEXES = (option('shapes') ?? SHAPES.map((_, i) => String(i))).map(Number);

interface Result {
  rate?: number;
  bytes?: number | null;
  setupMs?: number;
  error?: string;
}

async function runConfig(shapeIndex: number, batch: number, contenders: Contender[]): Promise<Map<string, Result>> {
  const shape = SHAPES[shapeIndex]!;
  const data = makeData(shape);
  const results = new Map<string, Result>();
  const prepared: Prepared[] = [];
  for (const c of contenders) {
    try {
      prepared.push(await prepare(c, shape, data, batch));
    } catch (e) {
      results.set(c.name, { error: 'error' });
      console.log(`${c.name} failed on ${shape.id} batch ${batch}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  measure(prepared);
  for (const p of prepared) {
    let bytes: number | null = null;
    try {
      bytes = bytesPerExample(p, p.contender === engine ? 30_000 : 0);
    } catch {
      // No in-process heap profiler on this runtime: leave the heap column empty.
    }
    results.set(p.contender.name, { rate: median(p.rates), setupMs: p.setupMs, bytes });
  }
  return results;
}

function line(name: string, r1: Result | undefined, r32: Result | undefined, e1: Result, e32: Result, note: string): string[] {
  const heap = `${num(r1?.bytes, r1?.bytes != null && r1.bytes < 10 ? 1 : 0)} | ${num(r32?.bytes, r32?.bytes != null && r32.bytes < 10 ? 1 : 0)}`;
  return [name, r1?.error ?? num(r1?.rate), ratio(e1.rate, r1?.rate), r32?.error ?? num(r32?.rate), ratio(e32.rate, r32?.rate), heap, note];
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Engine benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`examples/s = forward + backward + update per second, median of ${ROUNDS} interleaved runs; × = engine ÷ library (above 1: the engine is faster)`);
  console.log('heap = bytes allocated per example over one run (V8 sampling heap profiler, garbage included; the engine after 30k warm-up examples)');
  const goals: { text: string; ok: boolean }[] = [];
  const worst = { plain: Infinity, brain: Infinity, convnet: Infinity, tfjs: Infinity, heap: 0 };
  const beaten: string[] = [];
  for (const s of SHAPE_INDEXES) {
    const shape = SHAPES[s]!;
    const byBatch = new Map<number, Map<string, Result>>();
    for (const batch of BATCHES) byBatch.set(batch, await runConfig(s, batch, CONTENDERS));
    const e1 = byBatch.get(1)?.get(engine.name) ?? {};
    const e32 = byBatch.get(32)?.get(engine.name) ?? {};
    const rows = CONTENDERS.map((c) => {
      const notes = [c.note?.(shape), c.online ? 'online only: batch 32 runs as 32 single updates' : undefined].filter(Boolean).join('; ');
      return line(c.name, byBatch.get(1)?.get(c.name), byBatch.get(32)?.get(c.name), e1, e32, notes);
    });
    console.log(`\n${shape.id}  (${shape.loss === 'mse' ? 'squared error, linear output' : 'softmax cross-entropy'}, SGD lr ${shape.learningRate}, no momentum)`);
    console.log(renderTable(['library', 'batch 1 ex/s', '×', 'batch 32 ex/s', '×', 'heap B/ex (1 | 32)', 'notes'], rows, new Set([0, 6])));
    const syn = byBatch.get(BATCHES[0]!)!.get(synapticCompiled.name);
    if (syn?.setupMs && syn.setupMs > 500) console.log(`synaptic compile time (first activate + propagate): ${num(syn.setupMs / 1000, 1)} s`);
    for (const batch of BATCHES) {
      const res = byBatch.get(batch)!;
      const e = res.get(engine.name)!.rate ?? 0;
      const r = (c: Contender): number => (res.get(c.name)?.rate ? e / res.get(c.name)!.rate! : Infinity);
      worst.plain = Math.min(worst.plain, r(plainLoop));
      worst.brain = Math.min(worst.brain, r(brainJs));
      worst.convnet = Math.min(worst.convnet, r(convnet));
      if (batch === 1 && shape.sizes[0] === 2) worst.tfjs = Math.min(worst.tfjs, r(tfjsCore));
      worst.heap = Math.max(worst.heap, res.get(engine.name)!.bytes ?? NaN);
      for (const c of CONTENDERS) if (c !== engine && r(c) < 1) beaten.push(`${c.name} on ${shape.id} batch ${batch} (${ratio(e, res.get(c.name)!.rate)})`);
    }
  }
  if (!option('libs') || option('libs')!.includes('scalar')) {
    const graphShape = SHAPES.findIndex((s) => s.id.startsWith('2-8-8-1'));
    const graph = (await runConfig(graphShape, 1, [scalarGraph])).get(scalarGraph.name)!;
    const nodes = graphSize(SHAPES[graphShape]!);
    console.log(`\nScalar Value graph (what lessons animate), 2-8-8-1 tanh, batch 1: ${num(graph.rate)} examples/s`);
    console.log(`  ${nodes} graph nodes per example → about ${num(((graph.rate ?? 0) * nodes) / 60)} nodes built, differentiated and updated per 60 fps frame`);
  }

  goals.push({ text: `at least the plain loop on every shape and batch (worst ${worst.plain.toFixed(2)}×)`, ok: worst.plain >= 1 });
  goals.push({ text: `≥ 1.3× brain.js on every shape (worst ${worst.brain.toFixed(2)}×)`, ok: worst.brain >= 1.3 });
  goals.push({ text: `≥ 1.3× convnetjs on every shape (worst ${worst.convnet.toFixed(2)}×)`, ok: worst.convnet >= 1.3 });
  goals.push({ text: `≥ 100× tfjs-core at batch 1 on the small shapes (worst ${num(worst.tfjs, 0)}×)`, ok: worst.tfjs >= 100 });
  goals.push({ text: Number.isNaN(worst.heap) ? 'no garbage per training step: not measured (no in-process heap profiler)' : `no garbage per training step (worst ${worst.heap.toFixed(2)} B/example, sampling noise included)`, ok: worst.heap < 1 });
  goals.push({ text: beaten.length ? `fastest everywhere — not on: ${beaten.join(', ')}` : 'fastest JavaScript trainer on every shape and batch size', ok: beaten.length === 0 });
  console.log('\nGoals');
  for (const g of goals) console.log(`  ${g.ok ? '✓' : '✗'} ${g.text}`);
  console.log(`\ntotal time ${num((performance.now() - started) / 1000, 0)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
