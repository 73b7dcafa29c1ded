import { type Activation, ACTIVATIONS } from '../activations';
import { EngineError } from '../errors';
import { type LossName, LOSSES } from '../losses';
import { Network } from './network';
import { resolveSpec } from './validate';

/** Format tag and schema version written into, and required from, network JSON. */
export const NETWORK_FORMAT = 'backprop-engine/dense-network';
export const NETWORK_VERSION = 1;

/** JSON form of a network: architecture, weights, biases and momentum velocities. */
export interface NetworkJson {
  readonly format: typeof NETWORK_FORMAT;
  readonly version: typeof NETWORK_VERSION;
  readonly sizes: number[];
  readonly activations: Activation[];
  readonly loss: LossName;
  readonly leakyReluAlpha: number;
  /** Per layer: W row-major (nOut × nIn), b, and the velocities vW, vb. */
  readonly layers: { W: number[]; b: number[]; vW: number[]; vb: number[] }[];
}

/** Snapshot of `net` as plain JSON data (numbers round-trip exactly through JSON.stringify). */
export function networkToJson(net: Network): NetworkJson {
  return {
    format: NETWORK_FORMAT,
    version: NETWORK_VERSION,
    sizes: [...net.sizes],
    activations: net.layers.map((l) => l.activation),
    loss: net.loss,
    leakyReluAlpha: net.leakyReluAlpha,
    layers: net.layers.map((l) => ({ W: Array.from(l.W), b: Array.from(l.b), vW: Array.from(l.vW), vb: Array.from(l.vb) })),
  };
}

function malformed(message: string): EngineError {
  return new EngineError('MALFORMED_NETWORK', message);
}

function numbers(value: unknown, length: number, path: string): number[] {
  if (!Array.isArray(value)) throw malformed(`${path} must be an array of ${length} numbers`);
  if (value.length !== length) throw malformed(`${path} has ${value.length} numbers, expected ${length}`);
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw malformed(`${path}[${i}] is ${JSON.stringify(v)}, expected a finite number`);
  });
  return value as number[];
}

/**
 * Rebuilds a network from {@link networkToJson} output (object or JSON text). Everything
 * is checked: format, version, sizes, activation and loss names, array lengths, finite
 * numbers; any problem throws MALFORMED_NETWORK naming the offending field.
 */
export function networkFromJson(input: unknown): Network {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw malformed(`not valid JSON (${(e as Error).message})`);
    }
  }
  if (typeof doc !== 'object' || doc === null) throw malformed('expected an object');
  const d = doc as Record<string, unknown>;
  if (d.format !== NETWORK_FORMAT) throw malformed(`format is ${JSON.stringify(d.format)}, expected "${NETWORK_FORMAT}"`);
  if (d.version !== NETWORK_VERSION) throw malformed(`version is ${JSON.stringify(d.version)}, this engine reads version ${NETWORK_VERSION}`);
  const acts = d.activations;
  if (!Array.isArray(acts)) throw malformed('activations must be an array');
  acts.forEach((a, l) => {
    if (!(ACTIVATIONS as readonly unknown[]).includes(a)) throw malformed(`activations[${l}] is ${JSON.stringify(a)}, expected one of ${ACTIVATIONS.join(', ')}`);
  });
  if (!(LOSSES as readonly unknown[]).includes(d.loss)) throw malformed(`loss is ${JSON.stringify(d.loss)}, expected one of ${LOSSES.join(', ')}`);
  let spec;
  try {
    spec = resolveSpec({ sizes: d.sizes as number[], activations: acts as Activation[], loss: d.loss as LossName, leakyReluAlpha: d.leakyReluAlpha as number });
  } catch (e) {
    throw malformed((e as Error).message);
  }
  const layers = d.layers;
  if (!Array.isArray(layers) || layers.length !== spec.sizes.length - 1) throw malformed(`layers must be an array of ${spec.sizes.length - 1} entries`);
  const net = new Network(spec.sizes, spec.activations, spec.loss, spec.leakyReluAlpha);
  net.layers.forEach((layer, l) => {
    const src = layers[l] as Record<string, unknown> | null;
    if (typeof src !== 'object' || src === null) throw malformed(`layers[${l}] must be an object`);
    layer.W.set(numbers(src.W, layer.W.length, `layers[${l}].W`));
    layer.b.set(numbers(src.b, layer.b.length, `layers[${l}].b`));
    layer.vW.set(numbers(src.vW ?? new Array(layer.vW.length).fill(0), layer.vW.length, `layers[${l}].vW`));
    layer.vb.set(numbers(src.vb ?? new Array(layer.vb.length).fill(0), layer.vb.length, `layers[${l}].vb`));
  });
  net.velocityZero = net.layers.every((l) => l.vW.every((v) => v === 0) && l.vb.every((v) => v === 0));
  net.weightsChanged();
  return net;
}
