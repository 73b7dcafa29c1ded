import { rgb, viridis } from '../draw/colormap';

/**
 * One colour per layer along viridis, first layer dark to last layer bright. The ends are
 * trimmed so every line stands out from the background: no pale yellow on white, no
 * near-black purple on the dark surface.
 */
export function layerColors(layers: number, dark: boolean): string[] {
  const [from, to] = dark ? [0.3, 1] : [0, 0.8];
  return Array.from({ length: layers }, (_, l) => rgb(viridis(layers === 1 ? from : from + ((to - from) * l) / (layers - 1))));
}
