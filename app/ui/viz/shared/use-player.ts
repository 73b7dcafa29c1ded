import { useEffect, useRef, useState } from 'react';

/**
 * Plays a stepper: while playing, calls `step()` every `intervalMs` until it returns false.
 * With reduced motion nothing animates: play() calls `runToEnd()` once instead.
 */
export function usePlayer(step: () => boolean, runToEnd: () => void, intervalMs: number, reducedMotion: boolean) {
  const [requested, setRequested] = useState(false);
  // Asking for reduced motion while playing stops the animation.
  const playing = requested && !reducedMotion;
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!stepRef.current()) setRequested(false);
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [playing, intervalMs]);

  function play() {
    if (reducedMotion) runToEnd();
    else setRequested(true);
  }

  return { playing, play, pause: () => setRequested(false) };
}

/** The common case: steps `at` → `last` one at a time through `goTo`; reduced motion jumps to `last`. */
export function useStepPlayer(at: number, last: number, goTo: (step: number) => void, intervalMs: number, reducedMotion: boolean) {
  return usePlayer(
    () => {
      if (at >= last) return false;
      goTo(at + 1);
      return at + 1 < last;
    },
    () => goTo(last),
    intervalMs,
    reducedMotion,
  );
}
