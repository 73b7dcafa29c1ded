import { describe, expect, it } from 'vitest';
import type { Network } from '@/lib/engine';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS, type LabSettings } from '@/app/ui/lab/model/lab-state';
import { pyFloat } from '@/app/ui/lab/model/python-export/common';
import { kerasScript } from '@/app/ui/lab/model/python-export/keras';
import { pytorchScript } from '@/app/ui/lab/model/python-export/pytorch';

function trained(patch: Partial<LabSettings>): LabSession {
  const s = new LabSession({ ...DEFAULT_SETTINGS, ...patch });
  while (s.epoch < 2) s.trainOneBatch();
  return s;
}

/** Python list literals of numbers → arrays (the scripts contain only such lists and scalars). */
function parseList(text: string): unknown {
  return JSON.parse(text.replace(/,(\s*)\]/g, '$1]'));
}

/** Each literal that follows `marker(` in the script, up to its matching bracket. */
function literalsAfter(script: string, marker: string): unknown[] {
  const out: unknown[] = [];
  let at = script.indexOf(marker);
  while (at >= 0) {
    const start = script.indexOf('[', at);
    let depth = 0;
    let end = start;
    for (; end < script.length; end++) {
      if (script[end] === '[') depth++;
      if (script[end] === ']' && --depth === 0) break;
    }
    out.push(parseList(script.slice(start, end + 1)));
    at = script.indexOf(marker, end);
  }
  return out;
}

const rowsOf = (net: Network, l: number) => {
  const layer = net.layers[l]!;
  return Array.from({ length: layer.nOut }, (_, j) => Array.from(layer.W.slice(j * layer.nIn, (j + 1) * layer.nIn)));
};
const transpose = (m: number[][]) => m[0]!.map((_, i) => m.map((r) => r[i]!));

describe('Python export', () => {
  it('writes floats that parse back to the same double', () => {
    for (const x of [0.1, -3.2e-7, 1 / 3, 2, -0.5, 1e21, Math.PI]) expect(Number(pyFloat(x))).toBe(x);
    expect(pyFloat(2)).toBe('2.0');
  });

  it('PyTorch: Linear shapes, activations, and exactly the lab’s weights and biases', () => {
    const s = trained({ features: ['x1', 'x2', 'sinX1'], hidden: [4, 3], activation: 'relu' });
    const py = pytorchScript(s.net, s.settings, s.epoch);
    expect(py.match(/nn\.Linear\(\d+, \d+\)/g)).toEqual(['nn.Linear(3, 4)', 'nn.Linear(4, 3)', 'nn.Linear(3, 1)']);
    expect(py.match(/nn\.(ReLU|Tanh|Sigmoid|Identity)\(\)/g)).toEqual(['nn.ReLU()', 'nn.ReLU()', 'nn.Tanh()']);
    const weights = literalsAfter(py, '.weight.copy_(');
    const biases = literalsAfter(py, '.bias.copy_(');
    s.net.layers.forEach((l, k) => {
      expect(weights[k]).toEqual(rowsOf(s.net, k));
      expect(biases[k]).toEqual(Array.from(l.b));
      expect(py).toContain(`model[${2 * k}].weight.copy_`);
    });
    expect(py).toContain('return [x1, x2, math.sin(x1)]');
    expect(py).toContain('.double()');
  });

  it('Keras: Dense sizes, input shape, and kernels that are Wᵀ', () => {
    const s = trained({ hidden: [5], loss: 'bce' });
    const py = kerasScript(s.net, s.settings, s.epoch);
    expect(py).toContain('keras.Input(shape=(2,))');
    expect(py.match(/Dense\(\d+, activation="\w+"\)/g)).toEqual(['Dense(5, activation="tanh")', 'Dense(1, activation="sigmoid")']);
    // Two arrays per layer, the kernel then the bias (the self-check at the end has its own).
    const arrays = literalsAfter(py.slice(0, py.indexOf('# Comprobación')), 'np.array(');
    s.net.layers.forEach((l, k) => {
      expect(arrays[2 * k]).toEqual(transpose(rowsOf(s.net, k)));
      expect(arrays[2 * k + 1]).toEqual(Array.from(l.b));
    });
    expect(py).toContain('set_floatx("float64")');
  });

  it('regression exports a linear output, and the self-check quotes the engine’s output', () => {
    const s = trained({ dataset: 'plane', problem: 'regression', hidden: [] });
    const py = pytorchScript(s.net, s.settings, s.epoch);
    expect(py).toContain('nn.Linear(2, 1),\n    nn.Identity(),');
    const quoted = Number(py.match(/el laboratorio calcula (\S+)\./)![1]);
    const l = s.net.layers[0]!;
    expect(quoted).toBeCloseTo(l.W[0]! * 1 + l.W[1]! * -2 + l.b[0]!, 12);
    expect(kerasScript(s.net, s.settings, s.epoch)).toContain('Dense(1, activation="linear")');
  });
});
