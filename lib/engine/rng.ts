import { EngineError } from './errors';
import { log } from './math/log';

/** Serialisable generator state: four 32-bit words of sfc32. */
export interface RngState {
  readonly algorithm: 'sfc32';
  readonly words: readonly [number, number, number, number];
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/**
 * Seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's Small Fast Counter;
 * period ≥ 2^32, passes PractRand). Only 32-bit integer arithmetic (Math.imul, shifts),
 * so a seed gives the same sequence in every JavaScript engine. It drives every random
 * choice in the engine; Math.random is never used.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  /** `seed` is any safe integer; both its low and high 32 bits are mixed in (splitmix32). */
  constructor(seed = 0) {
    if (!Number.isSafeInteger(seed)) throw new EngineError('INVALID_OPTION', `seed must be a safe integer, got ${String(seed)}`);
    let s = (seed >>> 0) ^ Math.imul(Math.floor(seed / 4294967296) >>> 0, 0x9e3779b1);
    const mix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A generator that continues exactly where the one that produced `state` stood. */
  static fromState(state: RngState): Rng {
    const rng = new Rng(0);
    rng.setState(state);
    return rng;
  }

  /** A plain JSON-safe copy of the state; `Rng.fromState(getState())` replays the same sequence. */
  getState(): RngState {
    return { algorithm: 'sfc32', words: [this.a, this.b, this.c, this.d] };
  }

  /** Restores a state from {@link getState}; throws INVALID_RNG_STATE on anything else. */
  setState(state: RngState): void {
    const words = (state as { words?: unknown } | null)?.words;
    const ok =
      state?.algorithm === 'sfc32' &&
      Array.isArray(words) &&
      words.length === 4 &&
      words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffffffff);
    if (!ok) throw new EngineError('INVALID_RNG_STATE', 'expected { algorithm: "sfc32", words: [4 unsigned 32-bit integers] }');
    const w = words as number[];
    this.a = w[0]!;
    this.b = w[1]!;
    this.c = w[2]!;
    this.d = w[3]!;
  }

  /** Next raw 32-bit output, uniform on [0, 2^32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) >>> 0;
    this.a = (this.b ^ (this.b >>> 9)) >>> 0;
    this.b = (this.c + (this.c << 3)) >>> 0;
    const c = (this.c << 21) | (this.c >>> 11);
    this.c = (c + t) >>> 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1) with 53 random bits (two 32-bit draws). */
  next(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * TWO_POW_26 + lo) / TWO_POW_53;
  }

  /** Uniform on [a, b): a + (b − a)·u. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  /** Integer uniform on {0, …, n − 1}; n must be a positive safe integer. */
  int(n: number): number {
    if (!Number.isSafeInteger(n) || n <= 0) throw new EngineError('INVALID_OPTION', `int(n) needs a positive integer n, got ${String(n)}`);
    return Math.floor(this.next() * n);
  }

  /**
   * Normal(mean, std²) by Marsaglia's polar method: u, v uniform on the unit disc,
   * s = u² + v², x = u·√(−2 ln s / s). Uses the engine's own log, so it is engine-independent.
   */
  normal(mean = 0, std = 1): number {
    let u: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      const v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    return mean + std * u * Math.sqrt((-2 * log(s)) / s);
  }

  /** Fisher–Yates shuffle of `items` in place; returns `items`. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}
