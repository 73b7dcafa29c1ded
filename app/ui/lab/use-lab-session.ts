'use client';

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { num } from './format';
import { inspectGradients, type GradientView } from './model/inspect-gradients';
import { LabSession, type Evaluation } from './model/lab-session';
import { cloneSettings, type LabConfig, type LabSettings } from './model/lab-state';
import { applySettingsPatch } from './model/settings-change';

/** The live-region sentence is rate-limited so screen readers are not flooded while training. */
const ANNOUNCE_EVERY_MS = 2000;

/**
 * The lab's session and what React shows of it: settings, evaluation, mean gradients, a tick
 * for canvases drawn outside React, and the live announcement. `onNewSession` lets the page
 * drop views (the phase being followed) that belong to the old network.
 */
export function useLabSession(config: LabConfig, onNewSession: () => void) {
  const [settings, setSettings] = useState(() => cloneSettings(config.settings));
  const [session, setSession] = useState(() => new LabSession(cloneSettings(config.settings), config.snapshot?.weights ?? null, config.snapshot?.epoch ?? 0));
  const [evaluation, setEvaluation] = useState<Evaluation>(() => session.evaluate());
  const [grad, setGrad] = useState<GradientView>(() => inspectGradients(session.net, session.data.trainX, session.data.trainY));
  const [tick, setTick] = useState(0);
  const [announce, setAnnounce] = useState('');
  // -Infinity: the first progress sentence is spoken at once, however soon after loading it comes.
  const lastAnnounce = useRef(Number.NEGATIVE_INFINITY);
  // Time from a refresh to React's commit of it: the training loop spaces refreshes by it.
  const refreshStart = useRef<number | null>(null);
  const renderCostMs = useRef(0);
  useLayoutEffect(() => {
    if (refreshStart.current === null) return;
    renderCostMs.current = performance.now() - refreshStart.current;
    refreshStart.current = null;
  });

  const refreshFor = useCallback((s: LabSession) => {
    refreshStart.current = performance.now();
    const ev = s.evaluate();
    s.record(ev);
    setEvaluation(ev);
    setGrad(inspectGradients(s.net, s.data.trainX, s.data.trainY));
    setTick((t) => t + 1);
    const now = performance.now();
    if (now - lastAnnounce.current > ANNOUNCE_EVERY_MS) {
      lastAnnounce.current = now;
      setAnnounce(`Época ${s.epoch}. Pérdida de entrenamiento ${num(ev.trainLoss)}, de test ${num(ev.testLoss)}.`);
    }
  }, []);
  const refresh = useCallback(() => refreshFor(session), [refreshFor, session]);
  /** Says something at once (an event, not progress); the next progress sentence waits its turn. */
  const announceNow = useCallback((text: string) => {
    lastAnnounce.current = performance.now();
    setAnnounce(text);
  }, []);

  /** Replaces settings and session together (a structural change, a reset or an imported file). */
  const load = (nextSettings: LabSettings, next: LabSession) => {
    setSettings(nextSettings);
    setSession(next);
    onNewSession();
    refreshFor(next);
  };

  const change = (patch: Partial<LabSettings>) => {
    const { next, structural } = applySettingsPatch(settings, patch);
    if (structural) load(next, new LabSession(cloneSettings(next)));
    else {
      setSettings(next);
      session.setHyperParameters(cloneSettings(next));
    }
  };

  const restart = () => load(settings, new LabSession(cloneSettings(settings)));

  return { settings, session, evaluation, grad, tick, announce, announceNow, refresh, renderCostMs, change, restart, load };
}
