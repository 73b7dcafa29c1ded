'use client';

import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { SlopeScene } from '../draw/slope-scene';
import { stepOnce } from '../model/descent-1d';
import { formatNumber } from '../model/format';
import { CURVES, lossAndSlope, sampleCurve, sampledRange } from '../model/loss-curves';
import { recordMinimum } from '../model/minima';
import { parseSlopeProps } from '../model/viz-props';
import { CanvasBox } from '../shared/canvas-box';
import { NumbersTable } from '../shared/numbers-table';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { VizButton } from '../shared/viz-button';
import { VizFrame } from '../shared/viz-frame';

/** `<Pendiente1D funcion="cuadratica" tasa="0.1" inicio="3" />`: the slope as a direction, and steps against it. */
export function Pendiente1D(props: { funcion?: string; tasa?: string; inicio?: string }) {
  const { curve: curveName, eta, start } = useMemo(() => parseSlopeProps(props), [props]);
  const curve = CURVES[curveName];
  const samples = useMemo(() => sampleCurve(curve, 161), [curve]);
  const range = useMemo(() => sampledRange(samples), [samples]);
  const [lo, hi] = curve.domain;
  const [w, setW] = useState(start);
  const [steps, setSteps] = useState(0);
  const [minima, setMinima] = useState<number[]>([]);
  const [focused, setFocused] = useState(false);
  const [status, setStatus] = useState('');
  const here = lossAndSlope(curve, w);
  const marks = useMemo(() => minima.map((m) => [m, lossAndSlope(curve, m).loss] as const), [curve, minima]);
  const state = { samples, domain: curve.domain, range, w, minima: marks, focused };
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new SlopeScene(canvas, curve, state, moveTo));

  useEffect(() => sceneRef.current?.show({ samples, domain: curve.domain, range, w, minima: marks, focused }), [sceneRef, samples, curve, range, w, marks, focused]);

  function describe(at: number): string {
    const { loss, slope } = lossAndSlope(curve, at);
    const way = Math.abs(slope) < 1e-3 ? 'es casi plana: aquí no hay hacia dónde bajar' : `la pérdida baja hacia la ${slope > 0 ? 'izquierda (w menor)' : 'derecha (w mayor)'}`;
    return `w = ${formatNumber(at)}, L = ${formatNumber(loss, 3)}, pendiente dL/dw = ${formatNumber(slope, 3)}: ${way}.`;
  }

  function moveTo(next: number) {
    const clamped = Math.round(Math.min(hi, Math.max(lo, next)) * 100) / 100;
    setW(clamped);
    setStatus(describe(clamped));
  }

  function takeSteps(count: number) {
    let current = w;
    for (let k = 0; k < count; k++) current = stepOnce(curve, current, eta) ?? current;
    const found = recordMinimum(curve, minima, current);
    setW(current);
    setSteps((s) => s + count);
    setMinima(found);
    const left = current < lo || current > hi ? ' El punto ha salido de la gráfica: η es demasiado grande.' : '';
    const news = found.length > minima.length ? ` ¡Mínimo encontrado en w = ${formatNumber(current)}!` : '';
    setStatus(`Paso con η = ${formatNumber(eta, 3)}: ${describe(current)}${news}${left}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const d = event.shiftKey ? 0.5 : 0.1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') moveTo(w + d);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') moveTo(w - d);
    else return;
    event.preventDefault();
  }

  const rows = [
    ['w', formatNumber(w, 3)],
    ['L(w)', formatNumber(here.loss, 4)],
    ['dL/dw', formatNumber(here.slope, 4)],
    ['η', formatNumber(eta, 3)],
    ['siguiente w = w − η·dL/dw', formatNumber(stepOnce(curve, w, eta) ?? Number.NaN, 3)],
    ['pasos dados', String(steps)],
    ...marks.map(([m, l], i) => [`mínimo ${i + 1}`, `w = ${formatNumber(m, 3)}, L = ${formatNumber(l, 3)}`]),
  ];
  return (
    <VizFrame
      name="Pendiente1D"
      title="La pendiente indica la dirección"
      hint={`${curve.formula}. Arrastra el punto (o usa las flechas con el foco en la gráfica): la recta discontinua es la tangente y su pendiente, dL/dw. «Dar un paso» mueve w en contra de la pendiente.`}
      status={status || describe(w)}
      numbers={<NumbersTable caption="Valores en el punto actual" headers={['Magnitud', 'Valor']} rows={rows} />}
    >
      <div onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
        <CanvasBox
          canvasRef={canvasRef}
          label={`Curva de pérdida ${curve.formula} con el punto en w = ${formatNumber(w)}, su recta tangente de pendiente ${formatNumber(here.slope)} y una flecha hacia donde baja la pérdida.${marks.length > 0 ? ` Mínimos encontrados: ${marks.map(([m]) => `w = ${formatNumber(m)}`).join(', ')}.` : ''}`}
          keysHelp="Con el foco aquí, las flechas mueven w (con Mayús, más lejos)."
          aspect="16 / 9"
          maxHeight={380}
          onKeyDown={onKeyDown}
          draggable
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <VizButton primary onClick={() => takeSteps(1)}>
          Dar un paso
        </VizButton>
        <VizButton onClick={() => takeSteps(10)}>Dar 10 pasos</VizButton>
        <VizButton
          onClick={() => {
            moveTo(start);
            setSteps(0);
          }}
        >
          Volver al inicio
        </VizButton>
        <span className="text-sm tabular-nums">
          η = {formatNumber(eta, 3)} · pasos: {steps}
        </span>
      </div>
    </VizFrame>
  );
}
