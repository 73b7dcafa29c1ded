import type { CSSProperties, KeyboardEventHandler, ReactNode, Ref } from 'react';

interface CanvasBoxProps {
  canvasRef: Ref<HTMLCanvasElement>;
  /** What the drawing shows, for screen readers. */
  label: string;
  /** CSS aspect ratio of the box, e.g. "16 / 10"; the size is reserved before anything is drawn. */
  aspect: string;
  maxHeight?: number;
  /** Focusable with these keys when given; `keysHelp` says which keys do what. */
  onKeyDown?: KeyboardEventHandler<HTMLCanvasElement>;
  keysHelp?: string;
  /** Horizontal pointer dragging on the canvas (vertical swipes still scroll the page). */
  draggable?: boolean;
  children?: ReactNode;
}

/** A canvas in a fixed-ratio box (no layout shift), labelled as an image; optionally focusable. */
export function CanvasBox({ canvasRef, label, aspect, maxHeight, onKeyDown, keysHelp, draggable = false, children }: CanvasBoxProps) {
  const style: CSSProperties = { aspectRatio: aspect, maxHeight };
  return (
    <div className="relative w-full" style={style}>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={keysHelp ? `${label} ${keysHelp}` : label}
        tabIndex={onKeyDown ? 0 : undefined}
        onKeyDown={onKeyDown}
        className={`absolute inset-0 h-full w-full rounded-md ${draggable ? 'cursor-grab touch-pan-y' : ''}`}
      />
      {children}
    </div>
  );
}
