import type { RefObject } from 'react';

/** Any diagram scene that can say where an item is drawn (the forward and the backward network). */
interface PositionedScene {
  itemPosition(index: number): [number, number] | null;
}

interface NetworkTooltipProps {
  scene: RefObject<PositionedScene | null>;
  index: number;
  text: string;
}

/** The value of the neuron or weight under the pointer or the keyboard focus, placed beside it. */
export function NetworkTooltip({ scene, index, text }: NetworkTooltipProps) {
  const position = index >= 0 ? scene.current?.itemPosition(index) : null;
  if (!position) return null;
  const [x, y] = position;
  const above = y > 0.5;
  // Anchored by the side nearer the item so the box never leaves a narrow canvas.
  const horizontal = x < 0.35 ? { left: `max(0px, calc(${x * 100}% - 2rem))` } : x > 0.65 ? { right: `max(0px, calc(${(1 - x) * 100}% - 2rem))` } : { left: `${x * 100}%`, translate: '-50% 0' };
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 w-max max-w-[min(16rem,100%)] rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
      style={{ ...horizontal, top: `${y * 100}%`, transform: `translateY(${above ? 'calc(-100% - 1.6rem)' : '1.6rem'})` }}
    >
      {text}
    </div>
  );
}
