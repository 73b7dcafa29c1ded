import type { Value, ValueOp } from './value';

/** A node was created: a leaf, a constant or the result of an op (inputs are node ids). */
export interface ForwardEvent {
  readonly kind: 'forward';
  readonly step: number;
  readonly node: number;
  readonly op: ValueOp;
  readonly label: string;
  readonly inputs: readonly number[];
  readonly data: number;
  readonly param: number | undefined;
}

/** One parent's share of a backward step: parent.grad += local · grad. */
export interface Contribution {
  readonly parent: number;
  readonly local: number;
  readonly added: number;
  /** The parent's gradient after this addition. */
  readonly parentGrad: number;
}

/** A node passed its gradient to its parents (its grad is final at this point). */
export interface BackwardEvent {
  readonly kind: 'backward';
  readonly step: number;
  readonly node: number;
  readonly grad: number;
  readonly contributions: readonly Contribution[];
}

/** Any event of a trace, in recording order. */
export type TraceEvent = ForwardEvent | BackwardEvent;

/**
 * Ordered record of a forward and a backward pass, as plain data a visualization can
 * replay one operation at a time (or post from a Web Worker). Nodes get ids 0, 1, 2, … in
 * the order the trace first sees them: leaves and ops created with this trace in
 * creation order; an untraced leaf when an op first uses it. Backward events follow
 * reverse topological order: a node appears only after every node that consumes it.
 */
export class Trace {
  readonly events: TraceEvent[] = [];
  /** nodes[id] is the Value with that id. */
  readonly nodes: Value[] = [];
  private readonly ids = new Map<Value, number>();

  /** Id of `v`, registering it (with a forward event) if the trace has not seen it. */
  idOf(v: Value): number {
    const known = this.ids.get(v);
    return known === undefined ? this.register(v) : known;
  }

  /** Called by Value when a node is created with this trace. */
  recordForward(v: Value): void {
    if (!this.ids.has(v)) this.register(v);
  }

  /** Called by Value.backward after `v` has added its contributions to its parents. */
  recordBackward(v: Value): void {
    const contributions = v.parents.map((p, i) => ({ parent: this.idOf(p), local: v.local[i]!, added: v.local[i]! * v.grad, parentGrad: p.grad }));
    this.events.push({ kind: 'backward', step: this.events.length, node: this.idOf(v), grad: v.grad, contributions });
  }

  forwardEvents(): ForwardEvent[] {
    return this.events.filter((e): e is ForwardEvent => e.kind === 'forward');
  }

  backwardEvents(): BackwardEvent[] {
    return this.events.filter((e): e is BackwardEvent => e.kind === 'backward');
  }

  /** Drops the backward events (to record another backward pass of the same graph). */
  clearBackward(): void {
    const kept = this.forwardEvents();
    this.events.length = 0;
    kept.forEach((e, i) => this.events.push({ ...e, step: i }));
  }

  private register(v: Value): number {
    const inputs = v.parents.map((p) => this.idOf(p));
    const id = this.nodes.length;
    this.ids.set(v, id);
    this.nodes.push(v);
    this.events.push({ kind: 'forward', step: this.events.length, node: id, op: v.op, label: v.label, inputs, data: v.data, param: v.param });
    return id;
  }
}
