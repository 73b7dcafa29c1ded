import { useEffect, useMemo, useState } from 'react';
import { PaintScene } from '../draw/paint-scene';
import { paintErrorScatter, type ScatterPicture } from '../draw/error-scatter';
import { residuals, scatterData } from '../model/error-distance';
import { formatNumber } from '../model/format';
import { CanvasBox } from '../shared/canvas-box';
import { LabelledSlider } from '../shared/labelled-slider';
import { NumbersTable } from '../shared/numbers-table';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { VizFrame } from '../shared/viz-frame';

/** Seeded points and a line ŷ = w·x + b set with two sliders; each residual and its square, and their mean. */
export function ErrorOnPlane({ seed }: { seed: number }) {
  const data = useMemo(() => scatterData(seed), [seed]);
  const [w, setW] = useState(0.3);
  const [b, setB] = useState(1.5);
  const r = useMemo(() => residuals(data, w, b), [data, w, b]);
  const picture: ScatterPicture = { data, w, b, residuals: r };
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new PaintScene(canvas, picture, paintErrorScatter));

  useEffect(() => sceneRef.current?.show({ data, w, b, residuals: r }), [sceneRef, data, w, b, r]);

  const n = data.xs.length;
  const rows = Array.from(data.xs, (x, i) => [String(i + 1), formatNumber(x), formatNumber(data.ys[i]!), formatNumber(r.predictions[i]!), formatNumber(r.errors[i]!), formatNumber(r.squared[i]!)]);
  const total = r.squared.reduce((s, q) => s + q, 0);
  return (
    <VizFrame
      name="ErrorDistancia"
      title="El error como distancia"
      hint="Mueve w y b. Cada segmento es un error eᵢ = ŷᵢ − yᵢ; cada cuadrado, su cuadrado eᵢ². El error cuadrático medio es la media de sus áreas."
      status={`Recta ŷ = ${formatNumber(w)}·x + ${formatNumber(b)}. Error cuadrático medio: ${formatNumber(r.mse, 3)}.`}
      numbers={
        <NumbersTable
          caption={`Puntos, predicciones y errores (suma de eᵢ² = ${formatNumber(total, 3)}; ECM = suma / ${n} = ${formatNumber(r.mse, 3)})`}
          headers={['i', 'x', 'y', 'ŷ', 'e', 'e²']}
          rows={rows}
        />
      }
    >
      <CanvasBox
        canvasRef={canvasRef}
        label={`${n} puntos y la recta ŷ = ${formatNumber(w)}·x + ${formatNumber(b)}; segmentos verticales marcan cada error y cuadrados de lado |eᵢ| su cuadrado. Error cuadrático medio ${formatNumber(r.mse, 3)}.`}
        aspect="1 / 1"
        maxHeight={440}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <LabelledSlider label="w" value={w} min={-1} max={2} step={0.01} display={formatNumber(w)} onChange={setW} />
        <LabelledSlider label="b" value={b} min={-2} max={4} step={0.05} display={formatNumber(b)} onChange={setB} />
      </div>
    </VizFrame>
  );
}
