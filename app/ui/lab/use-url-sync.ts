'use client';

import { useEffect, useRef } from 'react';
import type { Hideable, LabSettings } from './model/lab-state';
import { encodeLabConfig } from './model/url-state';

/**
 * Writes the settings back into the page's query string once the learner has changed one
 * (a freshly opened link is left exactly as it was shared). Returns the "changed" marker.
 */
export function useUrlSync(enabled: boolean, settings: LabSettings, hidden: Hideable[], preset: string | null): () => void {
  const userChanged = useRef(false);
  useEffect(() => {
    if (!enabled || !userChanged.current) return;
    window.history.replaceState(null, '', `?${encodeLabConfig({ settings, hidden, preset })}`);
  }, [settings, enabled, hidden, preset]);
  return () => {
    userChanged.current = true;
  };
}
