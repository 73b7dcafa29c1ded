'use client';

import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../model/format';
import { CanvasBox } from '../shared/canvas-box';
import { LabelledSlider } from '../shared/labelled-slider';
import { NumbersTable } from '../shared/numbers-table';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { VizButton } from '../shared/viz-button';
import { usePalette } from '../shared/use-palette';
import { VizFrame } from '../shared/viz-frame';
import { chainProduct, CURVE_LABELS, isSaturated, parseActivationsProps, sampleActivation, SATURATION_SHARE, valuesAt, Z_DOMAIN } from './activation-model';
import { panelsAspect } from './activation-panels';
import { ActivationScene } from './activation-scene';
import { formatFactor } from './bar-scale';
import { ChainBars } from './chain-bars';

type ActivacionesProps = { funciones?: string; z?: string; capas?: string; alfa?: string };

/** Places worth a look, one press away: the peak of every derivative, a sigmoid tail and ReLU's off side. */
const JUMPS = [
  { label: 'Centro', z: 0 },
  { label: 'Cola', z: 4.5 },
  { label: 'Lado negativo', z: -2 },
] as const;

/** `<Activaciones funciones="sigmoid tanh relu leaky" z="1" capas="5" />`: each activation, its slope and what a chain of them lets through. */
export function Activaciones(props: ActivacionesProps) {
  const config = useMemo(() => parseActivationsProps(props), [props]);
  const { alpha } = config;
  const curves = useMemo(() => config.names.map((name) => sampleActivation(name, alpha)), [config.names, alpha]);
  const [z, setZ] = useState(config.z);
  const [layers, setLayers] = useState(config.layers);
  const [focused, setFocused] = useState(false);
  const palette = usePalette();
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new ActivationScene(canvas, { curves, z, alpha, focused }, moveTo));

  useEffect(() => sceneRef.current?.show({ curves, z, alpha, focused }), [sceneRef, curves, z, alpha, focused]);

  function describe(at: number, k: number): string {
    const parts = curves.map((curve) => {
      const { a, slope } = valuesAt(curve.name, at, alpha);
      const flat = isSaturated(curve, at, alpha) ? ', saturada' : '';
      return `${CURVE_LABELS[curve.name]}: a = ${formatNumber(a, 3)}, a′ = ${formatNumber(slope, 3)}${flat}, tras ${k} ${k === 1 ? 'capa' : 'capas'} ${formatFactor(chainProduct(curve.name, at, alpha, k))}`;
    });
    return `z = ${formatNumber(at, 1)}. ${parts.join('; ')}.`;
  }

  function moveTo(next: number) {
    const clamped = Math.round(Math.min(Z_DOMAIN[1], Math.max(Z_DOMAIN[0], next)) * 10) / 10;
    setZ(clamped);
  }

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const d = event.shiftKey ? 1 : 0.1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') moveTo(z + d);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') moveTo(z - d);
    else if (event.key === 'Home') moveTo(Z_DOMAIN[0]);
    else if (event.key === 'End') moveTo(Z_DOMAIN[1]);
    else return;
    event.preventDefault();
  }

  const rows = curves.map((curve) => {
    const { a, slope } = valuesAt(curve.name, z, alpha);
    return [CURVE_LABELS[curve.name], formatNumber(a, 4), formatNumber(slope, 4), formatNumber(curve.maxSlope, 4), isSaturated(curve, z, alpha) ? 'sí' : 'no', formatFactor(chainProduct(curve.name, z, alpha, layers))];
  });
  const names = curves.map((curve) => CURVE_LABELS[curve.name]).join(', ');
  return (
    <VizFrame
      name="Activaciones"
      title="Activaciones y sus derivadas"
      hint="Arrastra sobre cualquier panel (o usa las flechas con el foco en la gráfica) para mover z. La franja gris marca dónde la derivada cae por debajo del 5 % de su máximo: ahí la activación está saturada."
      status={describe(z, layers)}
      numbers={<NumbersTable caption={`Valores en z = ${formatNumber(z, 1)} (${layers} capas)`} headers={['Activación', 'a(z)', 'a′(z)', 'a′ máxima', 'saturada', `a′(z)^${layers}`]} rows={rows} />}
    >
      <div onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
        <CanvasBox
          canvasRef={canvasRef}
          label={`Paneles de ${names}: en cada uno, la activación a(z) en línea continua azul, su derivada a′(z) en línea discontinua naranja y, sombreadas, las zonas donde a′ es menor que el ${SATURATION_SHARE * 100} % de su máximo. Una línea vertical marca z = ${formatNumber(z, 1)}.`}
          keysHelp="Con el foco aquí, las flechas mueven z (con Mayús, de uno en uno); Inicio y Fin van a los extremos."
          aspect={panelsAspect(curves.length)}
          maxHeight={curves.length > 2 ? 520 : 300}
          onKeyDown={onKeyDown}
          draggable
        />
      </div>
      <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        <span>
          <span className="font-bold" style={{ color: palette.positive }}>━</span> a(z)
        </span>
        <span>
          <span className="font-bold" style={{ color: palette.negative }}>╍</span> a′(z)
        </span>
        <span>
          <span className="inline-block h-2.5 w-4 bg-slate-500/25 align-middle" /> saturada
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Atajos para llevar z a un punto interesante">
        <span className="text-sm font-medium">Ir a</span>
        {JUMPS.map((jump) => (
          <VizButton key={jump.label} onClick={() => moveTo(jump.z)} aria-pressed={z === jump.z}>
            {jump.label}: z = {formatNumber(jump.z, jump.z % 1 === 0 ? 0 : 1)}
          </VizButton>
        ))}
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <LabelledSlider label="z" value={z} min={Z_DOMAIN[0]} max={Z_DOMAIN[1]} step={0.1} display={formatNumber(z, 1)} onChange={moveTo} />
        <LabelledSlider
          label="capas"
          value={layers}
          min={1}
          max={12}
          step={1}
          display={String(layers)}
          onChange={setLayers}
        />
      </div>
      <ChainBars curves={curves} z={z} alpha={alpha} layers={layers} />
    </VizFrame>
  );
}
