// A deliberately plain CPU backend for @tensorflow/tfjs-core, written for this benchmark
// only: tfjs-core 4.x ships no kernels, and @tensorflow/tfjs-backend-cpu is not installed.
// It implements just the kernels an MLP training step needs (Float32, row-major, simple
// loops), so the tfjs rows measure tfjs-core's engine (op dispatch, autodiff tape, tensor
// bookkeeping) plus straightforward kernels, not the official backend.
import * as tf from '@tensorflow/tfjs-core';
import { KERNELS } from './tfjs-mini-kernels';
import { registerTfjsGradients } from './tfjs-gradients';

type Values = Float32Array | Int32Array | Uint8Array;
interface Entry {
  values: Values;
  dtype: tf.DataType;
  refCount: number;
}
export interface Info {
  dataId: object;
  shape: number[];
  dtype: tf.DataType;
}
export type KernelArgs = { inputs: Record<string, Info>; backend: MiniBackend; attrs?: Record<string, unknown> };

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
