import { useEffect, useRef } from 'react';

/**
 * Creates a canvas scene (plain TypeScript that draws and animates) once the canvas is
 * mounted and destroys it on unmount. React passes new state to it in its own effects,
 * declared after this hook so the scene exists by then.
 */
export function useCanvasScene<S extends { destroy(): void }>(create: (canvas: HTMLCanvasElement) => S) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sceneRef = useRef<S | null>(null);
  const createRef = useRef(create);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const scene = createRef.current(canvas);
    sceneRef.current = scene;
    return () => {
      scene.destroy();
      sceneRef.current = null;
    };
  }, []);
  return { canvasRef, sceneRef };
}
