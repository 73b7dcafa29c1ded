import type { LabSession } from '../model/lab-session';
import type { HeatmapPainter } from './heatmap';

/** Side of each neuron's heatmap grid. */
export const NEURON_GRID = 24;

/**
 * Every unit's output over the neuron grid, from one forward pass per cell (the grid's
 * feature rows are given), painted into the canvases registered as `n-<layer>-<unit>`.
 * The per-layer value buffers are reused between frames.
 */
export class NeuronMaps {
  private values: Float32Array[] = [];

  draw(session: LabSession, gridX: Float64Array, discrete: boolean, canvases: ReadonlyMap<string, HTMLCanvasElement>, painter: (key: string) => HeatmapPainter): void {
    const net = session.net;
    const cells = NEURON_GRID * NEURON_GRID;
    if (this.values.length !== net.layers.length || this.values.some((v, l) => v.length !== cells * net.layers[l]!.nOut)) {
      this.values = net.layers.map((l) => new Float32Array(cells * l.nOut));
    }
    const nIn = net.inputSize;
    for (let c = 0; c < cells; c++) {
      net.forward(gridX.subarray(c * nIn, (c + 1) * nIn));
      for (let l = 0; l < net.layers.length; l++) {
        const layer = net.layers[l]!;
        const out = this.values[l]!;
        for (let j = 0; j < layer.nOut; j++) out[c * layer.nOut + j] = layer.a[j]!;
      }
    }
    net.layers.forEach((layer, l) => {
      const isOut = l === net.layers.length - 1;
      // Outputs are coloured like the big heatmap; sigmoid units are stretched from [0, 1] to [−1, 1].
      const scale = isOut ? (v: number) => session.unitOutput(v) : layer.activation === 'sigmoid' ? (v: number) => 2 * v - 1 : undefined;
      for (let j = 0; j < layer.nOut; j++) {
        const canvas = canvases.get(`n-${l}-${j}`);
        if (canvas) painter(`n-${l}-${j}`).paint(canvas, this.values[l]!, NEURON_GRID, { stride: layer.nOut, offset: j, map: scale, discrete: isOut && discrete });
      }
    });
  }
}
