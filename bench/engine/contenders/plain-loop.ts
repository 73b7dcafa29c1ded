import { Rng } from '../../../lib/engine';
import type { Contender } from './types';

interface PlainLayer {
  nIn: number;
  nOut: number;
  act: string;
  W: Float64Array;
  b: Float64Array;
  z: Float64Array;
  a: Float64Array;
  d: Float64Array;
  gW: Float64Array;
  gb: Float64Array;
}

/**
 * The floor: what straightforward code looks like — one Float64Array per matrix, separate
 * forward, backward (δ and gradient accumulation) and update passes, Math.tanh / Math.exp.
 */
export const plainLoop: Contender = {
  name: 'plain Float64Array loop',
  create(shape, data, batch) {
    const rng = new Rng(1);
    const layers: PlainLayer[] = [];
    for (let l = 1; l < shape.sizes.length; l++) {
      const nIn = shape.sizes[l - 1]!;
      const nOut = shape.sizes[l]!;
      const r = Math.sqrt(6 / (nIn + nOut));
      layers.push({
        nIn,
        nOut,
        act: l === shape.sizes.length - 1 ? shape.output : shape.hidden,
        W: new Float64Array(nIn * nOut).map(() => rng.uniform(-r, r)),
        b: new Float64Array(nOut),
        z: new Float64Array(nOut),
        a: new Float64Array(nOut),
        d: new Float64Array(nOut),
        gW: new Float64Array(nIn * nOut),
        gb: new Float64Array(nOut),
      });
    }
    const nIn0 = shape.sizes[0]!;
    const nOut = shape.sizes.at(-1)!;
    const x = new Float64Array(nIn0);
    const lr = shape.learningRate;

    function forward(): void {
      let input: Float64Array = x;
      for (const L of layers) {
        for (let j = 0; j < L.nOut; j++) {
          let s = L.b[j]!;
          for (let i = 0; i < L.nIn; i++) s += L.W[j * L.nIn + i]! * input[i]!;
          L.z[j] = s;
        }
        if (L.act === 'tanh') for (let j = 0; j < L.nOut; j++) L.a[j] = Math.tanh(L.z[j]!);
        else if (L.act === 'relu') for (let j = 0; j < L.nOut; j++) L.a[j] = Math.max(0, L.z[j]!);
        else if (L.act === 'softmax') {
          let m = -Infinity;
          for (let j = 0; j < L.nOut; j++) m = Math.max(m, L.z[j]!);
          let sum = 0;
          for (let j = 0; j < L.nOut; j++) sum += L.a[j] = Math.exp(L.z[j]! - m);
          for (let j = 0; j < L.nOut; j++) L.a[j] = L.a[j]! / sum;
        } else L.a.set(L.z);
        input = L.a;
      }
    }

    function backward(row: number): void {
      const out = layers.at(-1)!;
      for (let k = 0; k < nOut; k++) out.d[k] = out.a[k]! - data.Y[row * nOut + k]!;
      for (let l = layers.length - 1; l >= 0; l--) {
        const L = layers[l]!;
        const input = l > 0 ? layers[l - 1]!.a : x;
        for (let j = 0; j < L.nOut; j++) {
          L.gb[j] = L.gb[j]! + L.d[j]!;
          for (let i = 0; i < L.nIn; i++) L.gW[j * L.nIn + i] = L.gW[j * L.nIn + i]! + L.d[j]! * input[i]!;
        }
        if (l === 0) break;
        const P = layers[l - 1]!;
        for (let i = 0; i < L.nIn; i++) {
          let g = 0;
          for (let j = 0; j < L.nOut; j++) g += L.W[j * L.nIn + i]! * L.d[j]!;
          P.d[i] = P.act === 'tanh' ? g * (1 - P.a[i]! * P.a[i]!) : P.act === 'relu' ? (P.z[i]! > 0 ? g : 0) : g;
        }
      }
    }

    function update(): void {
      for (const L of layers) {
        for (let k = 0; k < L.W.length; k++) {
          L.W[k] = L.W[k]! - (lr * L.gW[k]!) / batch;
          L.gW[k] = 0;
        }
        for (let j = 0; j < L.nOut; j++) {
          L.b[j] = L.b[j]! - (lr * L.gb[j]!) / batch;
          L.gb[j] = 0;
        }
      }
    }

    let row = 0;
    return {
      run(examples) {
        for (let k = 0; k < examples; k += batch) {
          for (let e = 0; e < batch; e++) {
            for (let i = 0; i < nIn0; i++) x[i] = data.X[row * nIn0 + i]!;
            forward();
            backward(row);
            row = row + 1 === data.rows ? 0 : row + 1;
          }
          update();
        }
      },
    };
  },
};
