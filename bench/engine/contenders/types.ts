import type { BenchData, Shape } from '../shapes';

/** A prepared network that trains on the benchmark data. */
export interface Trainer {
  /** Trains `examples` examples (a multiple of the batch size) in mini-batches, cycling through the data. */
  run(examples: number): void;
}

export interface Contender {
  readonly name: string;
  /** Trains one example at a time whatever the batch size (no mini-batch support). */
  readonly online?: boolean;
  /** What differs from the engine's network for this shape, if anything. */
  note?(shape: Shape): string | undefined;
  create(shape: Shape, data: BenchData, batch: number): Trainer | Promise<Trainer>;
}
