import type { Activation, Network } from '@/lib/engine';
import type { LabSettings } from '../lab-state';
import { CHECK_POINT, checkOutput, pyFeatures, pyFloat, pyHeader, pyMatrix, pyVector, weightRows } from './common';

const MODULE: Record<Activation, string> = { linear: 'nn.Identity()', tanh: 'nn.Tanh()', sigmoid: 'nn.Sigmoid()', relu: 'nn.ReLU()', leakyRelu: 'nn.LeakyReLU(0.01)', softmax: 'nn.Softmax(dim=1)' };

/**
 * A PyTorch script that rebuilds the network: nn.Sequential of Linear + activation pairs
 * (an Identity for linear layers, so layer l is always model[2·l]), float64, with the
 * lab's weights and biases copied in (nn.Linear.weight is out × in, like the engine's W).
 */
export function pytorchScript(net: Network, settings: LabSettings, epoch: number): string {
  const layers = net.layers.map((l) => `    nn.Linear(${l.nIn}, ${l.nOut}),\n    ${MODULE[l.activation]},`).join('\n');
  const copies = net.layers
    .map((l, k) => [`    model[${2 * k}].weight.copy_(torch.tensor(${pyMatrix(weightRows(net, k), '    ')}, dtype=torch.float64))`, `    model[${2 * k}].bias.copy_(torch.tensor(${pyVector(l.b)}, dtype=torch.float64))`].join('\n'))
    .join('\n');
  return [
    pyHeader(net, settings, epoch, 'PyTorch'),
    'import math',
    '',
    'import torch',
    'from torch import nn',
    '',
    pyFeatures(settings.features),
    '',
    '',
    `model = nn.Sequential(\n${layers}\n).double()`,
    '',
    '# Pesos y sesgos del laboratorio: weight tiene forma (salidas, entradas), como W.',
    `with torch.no_grad():\n${copies}`,
    '',
    `# Comprobación: para (x1, x2) = (${CHECK_POINT.join(', ')}) el laboratorio calcula ${pyFloat(checkOutput(net, settings.features))}.`,
    `x = torch.tensor([entradas(${CHECK_POINT.map(pyFloat).join(', ')})], dtype=torch.float64)`,
    'print(model(x).item())',
    '',
  ].join('\n');
}
