import { Rng, value, type Trace, type Value } from '@/lib/engine';

/** The predefined graphs of <GrafoCadena expresion="…">. */
export const EXPRESSIONS = ['neurona', 'dos-caminos', 'cadena-larga'] as const;
export type ExpressionName = (typeof EXPRESSIONS)[number];

/** The leaves of an expression (inputs, parameters and target) by label. */
export type Leaves = Readonly<Record<string, number>>;

/** Where a node sits in the drawing: column (left → right towards L) and row, by label. */
export type Placement = Readonly<Record<string, readonly [column: number, row: number]>>;

interface Expression {
  /** What the graph computes, in the course's notation. */
  readonly formula: string;
  /** Leaves drawn from a seed on round grids, so every number the text shows is exact. */
  draw(rng: Rng): Leaves;
  /** Builds the graph from its leaves (labelled, so the drawing can name every node); returns L. */
  build(leaves: Leaves, trace?: Trace): Value;
  readonly placement: Placement;
  /** The leaf selected when the graph first appears. */
  readonly firstChoice: string;
}

/** A multiple of 0.1 in [lo, hi] whose size is at least `min`, so no factor is zero. */
function tenth(rng: Rng, lo: number, hi: number, min = 0): number {
  for (;;) {
    const v = Math.round(rng.uniform(lo, hi) * 10) / 10;
    if (Math.abs(v) >= min) return v === 0 ? 0 : v;
  }
}

function leaf(leaves: Leaves, name: string, trace?: Trace): Value {
  return value(leaves[name]!, { label: name, trace });
}

function named(v: Value, label: string): Value {
  v.label = label;
  return v;
}

/** L = ½(ŷ − y)² as three labelled nodes: ŷ − y, its square and L. */
function halfSquaredError(yhat: Value, y: Value, name: string): Value {
  const gap = named(yhat.sub(y), `${name} − y`);
  return named(named(gap.pow(2), `(${name} − y)²`).mul(0.5), 'L');
}

const neuron: Expression = {
  formula: 'ŷ = σ(w·x + b),  L = ½(ŷ − y)²',
  draw: (rng) => ({ x: tenth(rng, -2, 2, 0.5), w: tenth(rng, -1.5, 1.5, 0.3), b: tenth(rng, -1, 1), y: tenth(rng, 0, 1) }),
  build(leaves, trace) {
    const wx = named(leaf(leaves, 'w', trace).mul(leaf(leaves, 'x', trace)), 'w·x');
    const z = named(wx.add(leaf(leaves, 'b', trace)), 'z');
    return halfSquaredError(named(z.sigmoid(), 'ŷ'), leaf(leaves, 'y', trace), 'ŷ');
  },
  placement: { w: [0, 0], x: [0, 1], 'w·x': [1, 0.5], b: [1, 1.5], z: [2, 1], ŷ: [3, 1], y: [3, 2], 'ŷ − y': [4, 1.5], '(ŷ − y)²': [5, 1.5], L: [6, 1.5] },
  firstChoice: 'w',
};

const twoPaths: Expression = {
  formula: 'ŷ = tanh(w·x₁) + w·x₂,  L = ½(ŷ − y)²',
  draw: (rng) => ({ w: tenth(rng, -1, 1, 0.2), 'x₁': tenth(rng, -2, 2, 0.5), 'x₂': tenth(rng, -2, 2, 0.5), y: tenth(rng, -1, 1) }),
  build(leaves, trace) {
    const w = leaf(leaves, 'w', trace);
    const h = named(named(w.mul(leaf(leaves, 'x₁', trace)), 'w·x₁').tanh(), 'h');
    const yhat = named(h.add(named(w.mul(leaf(leaves, 'x₂', trace)), 'w·x₂')), 'ŷ');
    return halfSquaredError(yhat, leaf(leaves, 'y', trace), 'ŷ');
  },
  placement: { 'x₁': [0, 0], w: [0, 1], 'x₂': [0, 2], 'w·x₁': [1, 0.5], 'w·x₂': [1, 1.5], h: [2, 0.5], ŷ: [3, 1], y: [3, 2], 'ŷ − y': [4, 1.5], '(ŷ − y)²': [5, 1.5], L: [6, 1.5] },
  firstChoice: 'w',
};

const longChain: Expression = {
  formula: 'h₁ = tanh(w₁·x),  h₂ = tanh(w₂·h₁),  L = ½(h₂ − y)²',
  draw: (rng) => ({ x: tenth(rng, -1.5, 1.5, 0.5), 'w₁': tenth(rng, -1.5, 1.5, 0.4), 'w₂': tenth(rng, -2, 2, 0.5), y: tenth(rng, -1, 1) }),
  build(leaves, trace) {
    const h1 = named(named(leaf(leaves, 'w₁', trace).mul(leaf(leaves, 'x', trace)), 'w₁·x').tanh(), 'h₁');
    const h2 = named(named(leaf(leaves, 'w₂', trace).mul(h1), 'w₂·h₁').tanh(), 'h₂');
    return halfSquaredError(h2, leaf(leaves, 'y', trace), 'h₂');
  },
  placement: { 'w₁': [0, 0], x: [0, 1], 'w₁·x': [1, 0.5], 'h₁': [2, 0.5], 'w₂': [2, 1.5], 'w₂·h₁': [3, 1], 'h₂': [4, 1], y: [4, 2], 'h₂ − y': [5, 1.5], '(h₂ − y)²': [6, 1.5], L: [7, 1.5] },
  firstChoice: 'w₁',
};

export const EXPRESSION_BY_NAME: Readonly<Record<ExpressionName, Expression>> = {
  neurona: neuron,
  'dos-caminos': twoPaths,
  'cadena-larga': longChain,
};

/** The leaves of `name` for a seed: the same seed always gives the same numbers. */
export function drawLeaves(name: ExpressionName, seed: number): Leaves {
  return EXPRESSION_BY_NAME[name].draw(new Rng(seed));
}

/** L with the leaves as given (no backward): what a nudge recomputes. */
export function lossAt(name: ExpressionName, leaves: Leaves): number {
  return EXPRESSION_BY_NAME[name].build(leaves).data;
}
