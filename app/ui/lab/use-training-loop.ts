'use client';

import { useEffect } from 'react';
import type { LabRenderer } from './draw/lab-renderer';
import { FRAME_BUDGET_MS, SPEEDS, uiInterval, type Speed } from './model/frame-budget';
import type { LabSession } from './model/lab-session';

declare global {
  interface Window {
    /** Frame counters read by the browser benchmark. */
    __labStats?: { frames: number; epochs: number; engineMs: number; drawMs: number };
  }
}

interface Loop {
  playing: boolean;
  session: LabSession;
  speed: Speed;
  discretize: boolean;
  renderer: LabRenderer;
  refresh: () => void;
  /** Called once when the epoch reaches the learner's «Parar en la época» (the loop has stopped). */
  onStop: () => void;
  /** Milliseconds the last refresh took to reach the screen (measured by the session hook). */
  renderCostMs: { readonly current: number };
}

/** While playing: each animation frame trains within its budget, then draws the heatmaps. */
export function useTrainingLoop({ playing, session, speed, discretize, renderer, refresh, onStop, renderCostMs }: Loop): void {
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let lastUi = 0;
    let frameNo = 0;
    let drawEvery = 1;
    const stats = (window.__labStats ??= { frames: 0, epochs: 0, engineMs: 0, drawMs: 0 });
    const frame = () => {
      const epoch0 = session.epoch;
      const t0 = performance.now();
      session.trainFrame(SPEEDS[speed], FRAME_BUDGET_MS, () => performance.now());
      const t1 = performance.now();
      // Large networks draw every few frames so training and the page stay at frame rate.
      if (frameNo++ % drawEvery === 0) {
        renderer.drawNetwork(session, discretize, true);
        drawEvery = Math.min(4, Math.max(1, Math.ceil((performance.now() - t1) / FRAME_BUDGET_MS)));
      }
      const t2 = performance.now();
      stats.frames++;
      stats.epochs += session.epoch - epoch0;
      stats.engineMs += t1 - t0;
      stats.drawMs += t2 - t1;
      const stopped = session.reachedStop(epoch0);
      if (t2 - lastUi > uiInterval(renderCostMs.current) || session.divergence || stopped) {
        lastUi = t2;
        refresh();
      }
      if (stopped) onStop();
      if (session.divergence || stopped) return;
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [playing, session, speed, discretize, refresh, onStop, renderer, renderCostMs]);
}
