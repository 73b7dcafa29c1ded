'use client';

import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { NetworkScene } from '../draw/network-scene';
import { formatNumber } from '../model/format';
import { ACTIVATION_NAMES, buildNetwork, forwardSnapshot } from '../model/network-forward';
import { describeItem, diagramItems, unitName } from '../model/network-layout';
import { type NetworkDiagramProps, parseNetworkDiagramProps } from '../model/network-props';
import { ALL_ARROWS, nextItemFocus } from '../model/item-focus';
import { readNumber } from '../model/props';
import { NetworkCanvasBox } from '../shared/network-canvas-box';
import { StepControls } from '../shared/step-controls';
import { useCanvasScene } from '../shared/use-canvas-scene';
import { useStepPlayer } from '../shared/use-player';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { VizFrame } from '../shared/viz-frame';
import { NetworkInputs } from './network-inputs';
import { NetworkNumbers } from './network-numbers';
import { NetworkTooltip } from './network-tooltip';

/** `<RedNeuronal capas="2 3 1" activacion="sigmoid" semilla="7" entrada="0.5 -1" modo="forward" />` */
export function RedNeuronal(props: NetworkDiagramProps) {
  const config = useMemo(() => parseNetworkDiagramProps(props), [props]);
  const { sizes, activation, seed, mode } = config;
  const net = useMemo(() => buildNetwork(sizes, activation, seed), [sizes, activation, seed]);
  const items = useMemo(() => diagramItems(sizes), [sizes]);
  const [texts, setTexts] = useState(() => config.inputs.map((x) => String(x)));
  const inputs = useMemo(() => texts.map((t) => Math.max(-10, Math.min(10, readNumber(t) ?? 0))), [texts]);
  const snapshot = useMemo(() => forwardSnapshot(net, activation, inputs), [net, activation, inputs]);
  const layers = sizes.length - 1;
  const [revealed, setRevealed] = useState(0);
  const shown = mode === 'estatico' ? null : revealed;
  const [hover, setHover] = useState(-1);
  const [keyFocus, setKeyFocus] = useState(-1);
  const [status, setStatus] = useState(mode === 'forward' ? 'Solo se conocen las entradas: pulsa «Paso siguiente» para calcular la primera capa.' : '');
  const reducedMotion = useReducedMotion();
  const { canvasRef, sceneRef } = useCanvasScene((canvas) => new NetworkScene(canvas, snapshot, setHover));
  const active = hover >= 0 ? hover : keyFocus;

  useEffect(() => sceneRef.current?.show(snapshot, shown, !reducedMotion), [sceneRef, snapshot, shown, reducedMotion]);
  useEffect(() => sceneRef.current?.setFocus(active), [sceneRef, active]);

  function reveal(layer: number) {
    setRevealed(layer);
    const names = Array.from({ length: sizes[layer]! }, (_, k) => `${unitName(sizes, layer, k)}: a = ${formatNumber(snapshot.a[layer - 1]![k]!)}`);
    setStatus(`${layer === layers ? 'Salida calculada' : `Capa oculta ${layers > 2 ? `${layer} ` : ''}calculada`}. ${names.join('; ')}.`);
  }

  const player = useStepPlayer(revealed, layers, reveal, 900, reducedMotion);

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const next = nextItemFocus(event.key, keyFocus, items.length, ALL_ARROWS);
    if (next === null) return;
    event.preventDefault();
    setKeyFocus(next);
    if (next >= 0) setStatus(describeItem(items[next]!, snapshot, shown));
  }

  const description = `Diagrama de una red ${sizes.join('-')} con activación ${ACTIVATION_NAMES[activation]}: las neuronas son círculos y los pesos, líneas; azul continua si el peso es positivo, naranja discontinua si es negativo, más gruesa cuanto mayor es su valor absoluto.`;
  return (
    <VizFrame
      name="RedNeuronal"
      title="Red neuronal"
      hint={mode === 'forward' ? 'Pulsa «Paso siguiente» para calcular una capa más; pasa el ratón o usa las flechas sobre el diagrama para leer cada valor.' : 'Pasa el ratón o usa las flechas sobre el diagrama para leer cada peso.'}
      status={status}
      numbers={<NetworkNumbers snapshot={snapshot} revealed={shown} />}
    >
      {mode === 'forward' && (
        <NetworkInputs
          texts={texts}
          onChange={(i, text) => setTexts((old) => old.map((t, k) => (k === i ? text : t)))}
        />
      )}
      <NetworkCanvasBox canvasRef={canvasRef} sizes={sizes} label={description} keysHelp="Con el foco aquí, las flechas recorren neuronas y pesos." onKeyDown={onKeyDown} onBlur={() => setKeyFocus(-1)}>
        <NetworkTooltip scene={sceneRef} index={active} text={active >= 0 ? describeItem(items[active]!, snapshot, shown) : ''} />
      </NetworkCanvasBox>
      {mode === 'forward' && (
        <StepControls
          stepLabel="Paso siguiente"
          canStep={revealed < layers}
          playing={player.playing}
          onStep={() => reveal(revealed + 1)}
          onPlay={player.play}
          onPause={player.pause}
          onReset={() => {
            player.pause();
            setRevealed(0);
            setStatus('Reiniciado: solo se conocen las entradas.');
          }}
        />
      )}
    </VizFrame>
  );
}
