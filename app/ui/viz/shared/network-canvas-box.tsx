import type { KeyboardEventHandler, ReactNode, Ref } from 'react';
import { CanvasBox } from './canvas-box';

interface NetworkCanvasBoxProps {
  canvasRef: Ref<HTMLCanvasElement>;
  /** Layer sizes, input first: the box grows with the tallest layer. */
  sizes: readonly number[];
  label: string;
  keysHelp: string;
  onKeyDown: KeyboardEventHandler<HTMLCanvasElement>;
  /** Leaving the diagram with the keyboard drops its keyboard focus mark. */
  onBlur: () => void;
  /** The tooltip over the focused neuron or weight. */
  children: ReactNode;
}

/** The canvas of a network diagram (forward or backward), sized by its tallest layer. */
export function NetworkCanvasBox({ canvasRef, sizes, label, keysHelp, onKeyDown, onBlur, children }: NetworkCanvasBoxProps) {
  const tallest = Math.max(...sizes);
  return (
    <div onBlur={onBlur}>
      <CanvasBox canvasRef={canvasRef} label={label} keysHelp={keysHelp} aspect={`3 / ${Math.max(3, tallest)}`} maxHeight={90 + 85 * tallest} onKeyDown={onKeyDown}>
        {children}
      </CanvasBox>
    </div>
  );
}
