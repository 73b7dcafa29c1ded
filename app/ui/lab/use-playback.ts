'use client';

import { useCallback, useState } from 'react';
import { useReducedMotion } from '@/app/ui/viz/shared/use-reduced-motion';
import type { LabSession } from './model/lab-session';

/**
 * Whether the lab trains: the learner's choice, or autoplay (compact demo, motion allowed)
 * until they press a button; never after divergence. `onStop` is the training loop's call
 * when «Parar en la época» is reached: it pauses and says so in the live region.
 */
export function usePlayback(autoplay: boolean, session: LabSession, announceNow: (text: string) => void) {
  const [playChoice, setPlaying] = useState<boolean | null>(null);
  const reducedMotion = useReducedMotion();
  const playing = (playChoice ?? (autoplay && !reducedMotion)) && session.divergence === null;
  const onStop = useCallback(() => {
    setPlaying(false);
    announceNow(`Entrenamiento en pausa: se ha llegado a la época ${session.epoch}, la elegida en «Parar en la época». Pulsa «Entrenar» para seguir.`);
  }, [announceNow, session]);
  return { playing, setPlaying, onStop };
}
