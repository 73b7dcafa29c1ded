import type { Activation, Network } from '@/lib/engine';
import type { LabSettings } from '../lab-state';
import { CHECK_POINT, checkOutput, kernelRows, pyFeatures, pyFloat, pyHeader, pyMatrix, pyVector } from './common';

const KERAS_ACTIVATION: Record<Activation, string> = { linear: 'linear', tanh: 'tanh', sigmoid: 'sigmoid', relu: 'relu', leakyRelu: 'leaky_relu', softmax: 'softmax' };

/**
 * A TensorFlow/Keras script that rebuilds the network: Sequential of Dense layers in
 * float64, each given [kernel, bias] with set_weights (a Dense kernel is in × out, the
 * transpose of the engine's W).
 */
export function kerasScript(net: Network, settings: LabSettings, epoch: number): string {
  const layers = net.layers.map((l) => `    keras.layers.Dense(${l.nOut}, activation="${KERAS_ACTIVATION[l.activation]}"),`).join('\n');
  const sets = net.layers
    .map((l, k) => [`model.layers[${k}].set_weights([`, `    np.array(${pyMatrix(kernelRows(net, k), '    ')}),`, `    np.array(${pyVector(l.b)}),`, '])'].join('\n'))
    .join('\n');
  return [
    pyHeader(net, settings, epoch, 'TensorFlow/Keras'),
    'import math',
    '',
    'import numpy as np',
    'from tensorflow import keras',
    '',
    'keras.backend.set_floatx("float64")',
    '',
    pyFeatures(settings.features),
    '',
    '',
    `model = keras.Sequential([\n    keras.Input(shape=(${net.inputSize},)),\n${layers}\n])`,
    '',
    '# Pesos y sesgos del laboratorio: el kernel de Dense tiene forma (entradas, salidas), es W traspuesta.',
    sets,
    '',
    `# Comprobación: para (x1, x2) = (${CHECK_POINT.join(', ')}) el laboratorio calcula ${pyFloat(checkOutput(net, settings.features))}.`,
    `x = np.array([entradas(${CHECK_POINT.map(pyFloat).join(', ')})])`,
    'print(float(model(x)[0, 0]))',
    '',
  ].join('\n');
}
