'use client';
import { useEffect } from 'react';
import { ActiveTimeCounter } from './active-time';
import { recordLessonTime } from './progress-client';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Counts the time a learner spends on a lesson while the tab is visible and they have done
 * something in the last minute, and saves it every `flushEveryMs`, when the tab is hidden,
 * when the page goes (pagehide, sent with keepalive) and when the lesson unmounts.
 */
export function useLessonTimer(lessonId: string, flushEveryMs = 60_000): void {
  useEffect(() => {
    const visible = () => document.visibilityState === 'visible';
    const counter = new ActiveTimeCounter(Date.now(), visible());
    const flush = (exiting = false) => {
      const seconds = counter.take(Date.now());
      if (seconds > 0) recordLessonTime(lessonId, seconds, { exiting });
    };
    const onInput = () => counter.input(Date.now());
    const onVisibility = () => {
      counter.setVisible(visible(), Date.now());
      // Mobile browsers may discard a hidden tab without another event: save now.
      if (!visible()) flush();
    };
    const onPageHide = () => flush(true);
    const options = { passive: true, capture: true };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, options);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const interval = window.setInterval(() => flush(), flushEveryMs);
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, options);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.clearInterval(interval);
      flush();
    };
  }, [lessonId, flushEveryMs]);
}
