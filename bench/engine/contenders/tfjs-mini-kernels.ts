// Plain Float32 CPU kernels for the bench's 'mini-cpu' tfjs backend (see tfjs-mini-backend.ts).
import * as tf from '@tensorflow/tfjs-core';
import type { Info, KernelArgs } from './tfjs-mini-backend';

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const strides = (shape: readonly number[]): number[] => {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
};

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

/** The kernels an MLP training step needs, by tfjs kernel name. */
export const KERNELS: Record<string, (args: KernelArgs) => Info> = {
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

