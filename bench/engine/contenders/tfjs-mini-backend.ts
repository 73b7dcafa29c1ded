// A deliberately plain CPU backend for @tensorflow/tfjs-core, written for this benchmark
// only: tfjs-core 4.x ships no kernels, and @tensorflow/tfjs-backend-cpu is not installed.
// It implements just the kernels an MLP training step needs (Float32, row-major, simple
// loops), so the tfjs rows measure tfjs-core's engine (op dispatch, autodiff tape, tensor
// bookkeeping) plus straightforward kernels, not the official backend.
import * as tf from '@tensorflow/tfjs-core';
import { registerTfjsGradients } from './tfjs-gradients';

type Values = Float32Array | Int32Array | Uint8Array;
interface Entry {
  values: Values;
  dtype: tf.DataType;
  refCount: number;
}
interface Info {
  dataId: object;
  shape: number[];
  dtype: tf.DataType;
}
type KernelArgs = { inputs: Record<string, Info>; backend: MiniBackend; attrs?: Record<string, unknown> };

const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
const strides = (shape: readonly number[]): number[] => {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
};

export class MiniBackend extends tf.KernelBackend {
  private readonly data = new WeakMap<object, Entry>();
  private count = 0;

  override write(values: tf.backend_util.BackendValues, shape: number[], dtype: tf.DataType): object {
    const dataId = {};
    this.move(dataId, values, shape, dtype, 1);
    return dataId;
  }
  override move(dataId: object, values: tf.backend_util.BackendValues, _shape: number[], dtype: tf.DataType, refCount: number): void {
    const v = values as Values;
    if (!this.data.has(dataId)) this.count++;
    this.data.set(dataId, { values: dtype === 'float32' && !(v instanceof Float32Array) ? Float32Array.from(v) : v, dtype, refCount });
  }
  override readSync(dataId: object): tf.backend_util.BackendValues {
    return this.get(dataId);
  }
  override read(dataId: object): Promise<tf.backend_util.BackendValues> {
    return Promise.resolve(this.get(dataId));
  }
  override disposeData(dataId: object, force = false): boolean {
    const e = this.data.get(dataId);
    if (!e) return true;
    e.refCount--;
    if (force || e.refCount <= 0) {
      this.data.delete(dataId);
      this.count--;
      return true;
    }
    return false;
  }
  override refCount(dataId: object): number {
    return this.data.get(dataId)?.refCount ?? 0;
  }
  override incRef(dataId: object): void {
    const e = this.data.get(dataId);
    if (e) e.refCount++;
  }
  override numDataIds(): number {
    return this.count;
  }
  override memory(): { unreliable: boolean } {
    return { unreliable: true };
  }
  override timerAvailable(): boolean {
    return false;
  }
  override floatPrecision(): 32 {
    return 32;
  }
  override epsilon(): number {
    return 1e-7;
  }
  override dispose(): void {}

  get(dataId: object): Values {
    const e = this.data.get(dataId);
    if (!e) throw new Error('mini backend: unknown dataId');
    return e.values;
  }
  out(values: Values, shape: number[], dtype: tf.DataType = 'float32'): Info {
    return { dataId: this.write(values, shape, dtype), shape, dtype };
  }
}

function broadcastShape(a: number[], b: number[]): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    return Math.max(x, y);
  });
}

/** Strides of `shape` aligned to `out`, 0 where the dimension is broadcast. */
function broadcastStrides(shape: number[], out: number[]): number[] {
  const s = strides(shape);
  return out.map((d, i) => {
    const k = i - (out.length - shape.length);
    return k < 0 || shape[k] === 1 ? 0 : s[k]!;
  });
}

function binary(fn: (a: number, b: number) => number) {
  return ({ inputs, backend }: KernelArgs): Info => {
    const { a, b } = inputs as { a: Info; b: Info };
    const av = backend.get(a.dataId);
    const bv = backend.get(b.dataId);
    const shape = broadcastShape(a.shape, b.shape);
    const n = size(shape);
    const out = new Float32Array(n);
    if (av.length === n && bv.length === n) for (let i = 0; i < n; i++) out[i] = fn(av[i]!, bv[i]!);
    else if (bv.length === 1) for (let i = 0; i < n; i++) out[i] = fn(av[i % av.length]!, bv[0]!);
    else if (av.length === 1) for (let i = 0; i < n; i++) out[i] = fn(av[0]!, bv[i % bv.length]!);
    else {
      const sa = broadcastStrides(a.shape, shape);
      const sb = broadcastStrides(b.shape, shape);
      const so = strides(shape);
      for (let i = 0; i < n; i++) {
        let ia = 0;
        let ib = 0;
        for (let d = 0, r = i; d < shape.length; d++) {
          const q = Math.floor(r / so[d]!);
          r -= q * so[d]!;
          ia += q * sa[d]!;
          ib += q * sb[d]!;
        }
        out[i] = fn(av[ia]!, bv[ib]!);
      }
    }
    return backend.out(out, shape);
  };
}

function unary(fn: (x: number, attrs?: Record<string, unknown>) => number) {
  return ({ inputs, backend, attrs }: KernelArgs): Info => {
    const x = inputs.x!;
    const v = backend.get(x.dataId);
    const out = new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = fn(v[i]!, attrs);
    return backend.out(out, x.shape);
  };
}

function reduce(init: number, fn: (acc: number, x: number) => number, finish?: (acc: number, n: number) => number) {
  return ({ inputs, backend, attrs }: KernelArgs): Info => {
    const x = inputs.x!;
    const v = backend.get(x.dataId);
    const axes = tf.util.parseAxisParam((attrs!.axis ?? attrs!.reductionIndices) as number | number[], x.shape);
    const keep = attrs!.keepDims as boolean;
    const outFull = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const so = strides(outFull);
    const sx = strides(x.shape);
    const out = new Float32Array(size(outFull)).fill(init);
    for (let i = 0; i < v.length; i++) {
      let o = 0;
      for (let d = 0, r = i; d < x.shape.length; d++) {
        const q = Math.floor(r / sx[d]!);
        r -= q * sx[d]!;
        if (!axes.includes(d)) o += q * so[d]!;
      }
      out[o] = fn(out[o]!, v[i]!);
    }
    const n = v.length / out.length;
    if (finish) for (let i = 0; i < out.length; i++) out[i] = finish(out[i]!, n);
    return backend.out(out, keep ? outFull : x.shape.filter((_, i) => !axes.includes(i)));
  };
}

function batchMatMul({ inputs, backend, attrs }: KernelArgs): Info {
  const { a, b } = inputs as { a: Info; b: Info };
  const ta = attrs!.transposeA as boolean;
  const tb = attrs!.transposeB as boolean;
  const av = backend.get(a.dataId);
  const bv = backend.get(b.dataId);
  const [ba, ra, ca] = [size(a.shape.slice(0, -2)), a.shape.at(-2)!, a.shape.at(-1)!];
  const [bb, rb, cb] = [size(b.shape.slice(0, -2)), b.shape.at(-2)!, b.shape.at(-1)!];
  const m = ta ? ca : ra;
  const k = ta ? ra : ca;
  const n = tb ? rb : cb;
  const batch = Math.max(ba, bb);
  const out = new Float32Array(batch * m * n);
  for (let p = 0; p < batch; p++) {
    const ao = (ba === 1 ? 0 : p) * ra * ca;
    const bo = (bb === 1 ? 0 : p) * rb * cb;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += av[ao + (ta ? q * ca + i : i * ca + q)]! * bv[bo + (tb ? j * cb + q : q * cb + j)]!;
        out[(p * m + i) * n + j] = s;
      }
    }
  }
  return backend.out(out, [...(ba >= bb ? a.shape : b.shape).slice(0, -2), m, n]);
}

function softmax({ inputs, backend }: KernelArgs): Info {
  const x = inputs.logits!;
  const v = backend.get(x.dataId);
  const n = x.shape.at(-1)!;
  const out = new Float32Array(v.length);
  for (let r = 0; r < v.length; r += n) {
    let m = -Infinity;
    for (let k = 0; k < n; k++) m = Math.max(m, v[r + k]!);
    let s = 0;
    for (let k = 0; k < n; k++) s += out[r + k] = Math.exp(v[r + k]! - m);
    for (let k = 0; k < n; k++) out[r + k]! /= s;
  }
  return backend.out(out, x.shape);
}

const KERNELS: Record<string, (args: KernelArgs) => Info> = {
  Add: binary((a, b) => a + b),
  Sub: binary((a, b) => a - b),
  Multiply: binary((a, b) => a * b),
  RealDiv: binary((a, b) => a / b),
  Maximum: binary((a, b) => Math.max(a, b)),
  SquaredDifference: binary((a, b) => (a - b) * (a - b)),
  Neg: unary((x) => -x),
  Square: unary((x) => x * x),
  Exp: unary(Math.exp),
  Log: unary(Math.log),
  Tanh: unary(Math.tanh),
  Sigmoid: unary((x) => 1 / (1 + Math.exp(-x))),
  Relu: unary((x) => (x < 0 ? 0 : x)),
  Step: unary((x, attrs) => (x > 0 ? 1 : ((attrs?.alpha as number | undefined) ?? 0))),
  Sum: reduce(0, (s, x) => s + x),
  Mean: reduce(0, (s, x) => s + x, (s, n) => s / n),
  Max: reduce(-Infinity, Math.max),
  BatchMatMul: batchMatMul,
  Softmax: softmax,
  Identity: ({ inputs, backend }) => backend.out(Float32Array.from(backend.get(inputs.x!.dataId)), inputs.x!.shape, inputs.x!.dtype),
  Cast: ({ inputs, backend, attrs }) => {
    const dtype = attrs!.dtype as tf.DataType;
    const v = backend.get(inputs.x!.dataId);
    return backend.out(dtype === 'int32' ? Int32Array.from(v) : dtype === 'bool' ? Uint8Array.from(v, (x) => (x ? 1 : 0)) : Float32Array.from(v), inputs.x!.shape, dtype);
  },
  Reshape: ({ inputs, backend, attrs }) => {
    const x = inputs.x!;
    const shape = tf.util.inferFromImplicitShape(attrs!.shape as number[], size(x.shape));
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape, dtype: x.dtype };
  },
  Fill: ({ backend, attrs }) => {
    const shape = attrs!.shape as number[];
    return backend.out(new Float32Array(size(shape)).fill(attrs!.value as number), shape, (attrs!.dtype as tf.DataType) ?? 'float32');
  },
  ZerosLike: ({ inputs, backend }) => backend.out(new Float32Array(size(inputs.x!.shape)), inputs.x!.shape),
  OnesLike: ({ inputs, backend }) => backend.out(new Float32Array(size(inputs.x!.shape)).fill(1), inputs.x!.shape),
};

/** Registers the backend as 'mini-cpu' (once) and makes it current. */
export async function useMiniBackend(): Promise<void> {
  registerTfjsGradients();
  if (!tf.findBackend('mini-cpu')) {
    tf.registerBackend('mini-cpu', () => new MiniBackend(), 1);
    for (const [kernelName, fn] of Object.entries(KERNELS)) {
      tf.registerKernel({ kernelName, backendName: 'mini-cpu', kernelFunc: fn as unknown as tf.KernelFunc });
    }
  }
  await tf.setBackend('mini-cpu');
}
