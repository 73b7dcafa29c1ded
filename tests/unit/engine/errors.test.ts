import { describe, expect, it } from 'vitest';
import { createMlp, createNetwork, EngineError, type EngineErrorCode, networkFromJson, networkToJson, Rng } from '@/lib/engine';

/** Asserts `fn` throws an EngineError with `code` and a message containing `mention`. */
function expectEngineError(fn: () => unknown, code: EngineErrorCode, mention: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe(code);
    expect((e as EngineError).message).toContain(mention);
    return;
  }
  expect.fail(`expected ${code}`);
}

describe('bad input throws a typed EngineError naming the problem', () => {
  const net = () => createNetwork({ sizes: [2, 3, 1], seed: 1 });

  it('SHAPE_MISMATCH for wrong input, target and batch shapes', () => {
    expectEngineError(() => net().forward([1, 2, 3]), 'SHAPE_MISMATCH', 'input has 3 values, expected 2');
    const n = net();
    n.forward([1, 2]);
    expectEngineError(() => n.backward([1, 2]), 'SHAPE_MISMATCH', 'target has 2 values, expected 1');
    expectEngineError(() => net().trainBatch([[1, 2]], [[1], [2]], { learningRate: 0.1 }), 'SHAPE_MISMATCH', 'xs has 1 rows but ys has 2');
    expectEngineError(() => net().trainBatch(new Float64Array(5), new Float64Array(2), { learningRate: 0.1 }), 'SHAPE_MISMATCH', 'rows × 2');
    expectEngineError(() => net().trainBatch(new Float64Array(4), new Float64Array(2), { learningRate: 0.1, start: 1, count: 2 }), 'SHAPE_MISMATCH', 'rows 1…2');
    expectEngineError(() => net().trainBatch([], [], { learningRate: 0.1 }), 'SHAPE_MISMATCH', 'empty');
    expectEngineError(() => createNetwork({ sizes: [2] }), 'SHAPE_MISMATCH', 'at least an input and an output');
    expectEngineError(() => createNetwork({ sizes: [2, 3, 1], activations: ['tanh'] }), 'SHAPE_MISMATCH', 'activations has 1 entries');
  });

  it('EMPTY_LAYER for a layer of size 0, in the dense and the scalar MLP', () => {
    expectEngineError(() => createNetwork({ sizes: [2, 0, 1] }), 'EMPTY_LAYER', 'sizes[1] is 0');
    expectEngineError(() => createMlp({ sizes: [2, 0], activations: ['tanh'] }), 'EMPTY_LAYER', 'layer 0');
  });

  it('NON_FINITE_INPUT for NaN or Infinity in inputs, targets and flat batches', () => {
    expectEngineError(() => net().forward([1, NaN]), 'NON_FINITE_INPUT', 'input[1] is NaN');
    const n = net();
    n.forward([1, 2]);
    expectEngineError(() => n.backward([Infinity]), 'NON_FINITE_INPUT', 'target[0] is Infinity');
    expectEngineError(
      () => net().trainBatch(Float64Array.of(1, 2, 3, -Infinity), Float64Array.of(0, 1), { learningRate: 0.1 }),
      'NON_FINITE_INPUT',
      'xs row 1, column 1 is -Infinity',
    );
  });

  it('UNKNOWN_ACTIVATION, UNKNOWN_LOSS, UNKNOWN_INIT and INCOMPATIBLE_LOSS name the value', () => {
    expectEngineError(() => createNetwork({ sizes: [2, 1], hidden: 'swish' as never }), 'UNKNOWN_ACTIVATION', 'hidden is "swish"');
    expectEngineError(() => createNetwork({ sizes: [2, 3, 1], activations: ['softmax', 'linear'] }), 'UNKNOWN_ACTIVATION', 'only available on the output layer');
    expectEngineError(() => createNetwork({ sizes: [2, 1], loss: 'hinge' as never }), 'UNKNOWN_LOSS', 'loss is "hinge"');
    expectEngineError(() => createNetwork({ sizes: [2, 1], init: 'orthogonal' as never }), 'UNKNOWN_INIT', 'init is "orthogonal"');
    expectEngineError(() => createNetwork({ sizes: [2, 1], loss: 'bce', output: 'tanh' }), 'INCOMPATIBLE_LOSS', 'bce needs a sigmoid output');
    expectEngineError(() => createNetwork({ sizes: [2, 3], loss: 'softmaxCrossEntropy', output: 'sigmoid' }), 'INCOMPATIBLE_LOSS', 'softmax output');
  });

  it('INVALID_OPTION for bad hyper-parameters, seeds and a step without gradients', () => {
    const x = [[1, 2]];
    const y = [[1]];
    expectEngineError(() => net().trainBatch(x, y, { learningRate: -1 }), 'INVALID_OPTION', 'learningRate is -1');
    expectEngineError(() => net().trainBatch(x, y, { learningRate: 0.1, momentum: 1 }), 'INVALID_OPTION', 'momentum is 1');
    expectEngineError(() => net().trainBatch(x, y, { learningRate: 0.1, l2: NaN }), 'INVALID_OPTION', 'l2 is NaN');
    expectEngineError(() => createNetwork({ sizes: [2, 1], seed: 1.5 }), 'INVALID_OPTION', 'seed must be a safe integer');
    expectEngineError(() => net().step({ learningRate: 0.1 }), 'INVALID_OPTION', 'call forward() and backward() first');
  });

  it('INVALID_RNG_STATE for a state that did not come from getState', () => {
    expectEngineError(() => Rng.fromState({ algorithm: 'sfc32', words: [1, 2, 3] } as never), 'INVALID_RNG_STATE', 'sfc32');
    expectEngineError(() => Rng.fromState({ algorithm: 'mt', words: [1, 2, 3, 4] } as never), 'INVALID_RNG_STATE', 'sfc32');
  });

  it('MALFORMED_NETWORK for bad JSON, naming the field', () => {
    const good = networkToJson(net());
    const cases: [unknown, string][] = [
      ['{not json', 'not valid JSON'],
      [null, 'expected an object'],
      [{ ...good, format: 'x' }, 'format is "x"'],
      [{ ...good, version: 99 }, 'version is 99'],
      [{ ...good, activations: ['tanh', 'gelu'] }, 'activations[1] is "gelu"'],
      [{ ...good, loss: 'l1' }, 'loss is "l1"'],
      [{ ...good, sizes: [2, 0, 1] }, 'sizes[1] is 0'],
      [{ ...good, layers: [good.layers[0]] }, 'layers must be an array of 2'],
      [{ ...good, layers: [{ ...good.layers[0]!, W: [1, 2] }, good.layers[1]] }, 'layers[0].W has 2 numbers, expected 6'],
      [{ ...good, layers: [good.layers[0], { ...good.layers[1]!, b: [null] }] }, 'layers[1].b[0] is null'],
    ];
    for (const [doc, mention] of cases) expectEngineError(() => networkFromJson(doc), 'MALFORMED_NETWORK', mention);
  });
});
