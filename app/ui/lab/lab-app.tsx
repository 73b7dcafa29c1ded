'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Feature } from '@/lib/engine';
import { useReducedMotion } from '@/app/ui/viz/shared/use-reduced-motion';
import { LabRenderer } from './draw/lab-renderer';
import { num } from './format';
import { GradientNorms } from './gradient-norms';
import { FRAME_BUDGET_MS, SPEEDS, type Speed } from './model/frame-budget';
import { inspectGradients, type GradientView } from './model/inspect-gradients';
import { LabSession, flatWeights, type Evaluation } from './model/lab-session';
import { LAB_FEATURES, LIMITS, REGRESSION_DATASETS, cloneSettings, type LabConfig, type LabSettings } from './model/lab-state';
import { nextPhase, PHASE_LABELS, type PhaseView } from './model/phase-stepper';
import { encodeLabConfig } from './model/url-state';
import { NetworkView, type EdgeRef } from './network-view';
import { NumbersTable } from './numbers-table';
import { OutputPanel } from './output-panel';
import { SettingsPanel } from './settings-panel';
import { btn, btnPrimary, panel, select } from './styles';

const STRUCTURAL: (keyof LabSettings)[] = ['dataset', 'noise', 'trainPct', 'features', 'hidden', 'activation', 'problem', 'init', 'loss', 'seed'];

declare global {
  interface Window {
    __labStats?: { frames: number; epochs: number; engineMs: number; drawMs: number };
  }
}

function normalize(s: LabSettings): LabSettings {
  s.problem = REGRESSION_DATASETS.includes(s.dataset) ? 'regression' : 'classification';
  if (s.problem === 'regression') s.loss = 'mse';
  return s;
}

/** The Laboratorio: controls, the network, the output and the numbers, around one {@link LabSession}. */
export function LabApp({ config, compact = false, syncUrl = false, autoplay = false }: { config: LabConfig; compact?: boolean; syncUrl?: boolean; autoplay?: boolean }) {
  const hidden = config.hidden;
  const show = (h: (typeof hidden)[number]) => !hidden.includes(h);
  const [settings, setSettings] = useState(() => cloneSettings(config.settings));
  const [session, setSession] = useState(() => new LabSession(cloneSettings(config.settings), config.snapshot?.weights ?? null, config.snapshot?.epoch ?? 0));
  const [evaluation, setEvaluation] = useState<Evaluation>(() => session.evaluate());
  const [grad, setGrad] = useState<GradientView>(() => inspectGradients(session.net, session.data.trainX, session.data.trainY));
  const [notices, setNotices] = useState(config.notices);
  // null until the learner presses a button: then autoplay (compact demo, motion allowed) decides.
  const [playChoice, setPlaying] = useState<boolean | null>(null);
  const [speed, setSpeed] = useState<Speed>('normal');
  const [showTest, setShowTest] = useState(false);
  const [discretize, setDiscretize] = useState(false);
  const [edgeMode, setEdgeMode] = useState<'peso' | 'gradiente'>('peso');
  const [phase, setPhase] = useState<PhaseView | null>(null);
  const [tick, setTick] = useState(0);
  const [announce, setAnnounce] = useState('');
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [renderer] = useState(() => new LabRenderer());
  const lastAnnounce = useRef(0);
  const userChanged = useRef(false);
  const reducedMotion = useReducedMotion();
  const playing = (playChoice ?? (autoplay && !reducedMotion)) && session.divergence === null;

  const refreshFor = useCallback((session: LabSession) => {
    const ev = session.evaluate();
    session.record(ev);
    setEvaluation(ev);
    setGrad(inspectGradients(session.net, session.data.trainX, session.data.trainY));
    setTick((t) => t + 1);
    const now = performance.now();
    if (now - lastAnnounce.current > 2000) {
      lastAnnounce.current = now;
      setAnnounce(`Época ${session.epoch}. Pérdida de entrenamiento ${num(ev.trainLoss)}, de test ${num(ev.testLoss)}.`);
    }
  }, []);
  const refresh = useCallback(() => refreshFor(session), [refreshFor, session]);
  const replaceSession = (next: LabSession) => {
    setSession(next);
    refreshFor(next);
  };

  const change = (patch: Partial<LabSettings>) => {
    userChanged.current = true;
    const next = normalize(cloneSettings({ ...settings, ...patch }));
    setSettings(next);
    setShareUrl(null);
    if (STRUCTURAL.some((k) => JSON.stringify(next[k]) !== JSON.stringify(settings[k]))) {
      replaceSession(new LabSession(cloneSettings(next)));
      setPhase(null);
    } else session.setHyperParameters(cloneSettings(next));
  };

  useEffect(() => {
    if (!syncUrl || !userChanged.current) return;
    window.history.replaceState(null, '', `?${encodeLabConfig({ settings, hidden, preset: config.preset })}`);
  }, [settings, syncUrl, hidden, config.preset]);

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
        renderer.drawNetwork(session, discretize);
        drawEvery = Math.min(4, Math.max(1, Math.ceil((performance.now() - t1) / FRAME_BUDGET_MS)));
      }
      const t2 = performance.now();
      stats.frames++;
      stats.epochs += session.epoch - epoch0;
      stats.engineMs += t1 - t0;
      stats.drawMs += t2 - t1;
      if (t2 - lastUi > 100 || session.divergence) {
        lastUi = t2;
        refresh();
      }
      if (session.divergence) return;
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [playing, session, speed, discretize, refresh, renderer]);

  // Paused: draw after every change (playing, the loop draws).
  useEffect(() => {
    if (!playing) renderer.drawNetwork(session, discretize);
  });
  useEffect(() => {
    renderer.drawInputs(LAB_FEATURES);
    renderer.drawData(session, showTest);
  }, [session, showTest, settings.features, renderer]);

  const stepEpoch = () => {
    setPhase(null);
    const start = session.epoch;
    while (session.epoch === start && session.trainOneBatch());
    refresh();
  };
  const reset = () => {
    setPlaying(false);
    setPhase(null);
    setShareUrl(null);
    replaceSession(new LabSession(cloneSettings(settings)));
  };
  const phaseStep = () => {
    setPlaying(false);
    setPhase(nextPhase(session, phase));
    refresh();
  };
  const editWeight = (e: EdgeRef, value: number) => {
    session.setWeight(e.layer, e.to, e.from, value);
    setPhase(null);
    refresh();
  };
  const toggleFeature = (f: Feature) => {
    const has = settings.features.includes(f);
    if (has && settings.features.length === 1) return;
    change({ features: LAB_FEATURES.filter((x) => (x === f ? !has : settings.features.includes(x))) });
  };
  const share = (withWeights: boolean) => {
    const query = encodeLabConfig({ settings, hidden, preset: config.preset }, withWeights ? { weights: flatWeights(session.net), epoch: session.epoch } : null);
    const url = `${window.location.origin}/laboratorio?${query}`;
    setShareUrl(url);
    navigator.clipboard?.writeText(url).catch(() => undefined);
  };

  const diverged = session.divergence !== null;
  const playLabel = playing ? 'Pausa' : 'Entrenar';
  return (
    <div className="not-prose space-y-4" data-testid="laboratorio">
      {notices.length > 0 && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="avisos-enlace">
          <p className="font-semibold">Hemos corregido el enlace:</p>
          <ul className="ml-5 list-disc">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="mt-1 underline" onClick={() => setNotices([])}>
            Cerrar aviso
          </button>
        </div>
      )}
      {diverged && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100" data-testid="aviso-divergencia">
          El entrenamiento se ha detenido: la pérdida se ha disparado hasta {num(session.divergence!.loss)} (un valor no numérico o infinito). Con η = {String(settings.learningRate).replace('.', ',')} cada paso salta demasiado lejos. Elige una tasa de aprendizaje más pequeña (por ejemplo 0,03) y pulsa «Reiniciar».
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={btnPrimary} onClick={() => setPlaying(!playing)} disabled={diverged} aria-pressed={playing}>
          {playing ? '❚❚' : '▶'} {playLabel}
        </button>
        <button type="button" className={btn} onClick={stepEpoch} disabled={playing || diverged}>
          Una época
        </button>
        <button type="button" className={btn} onClick={reset}>
          Reiniciar
        </button>
        <span className="ml-1 text-sm">
          Época <span className="font-mono font-semibold" data-testid="epoca">{session.epoch}</span>
        </span>
        {!compact && (
          <label className="ml-auto flex items-center gap-1 text-sm">
            Velocidad
            <select className={`${select} mt-0 w-auto`} value={speed} onChange={(e) => setSpeed(e.target.value as Speed)}>
              <option value="lenta">lenta (≈10 épocas/s)</option>
              <option value="normal">normal (1 época por fotograma)</option>
              <option value="rapida">máxima</option>
            </select>
          </label>
        )}
      </div>
      <div className="sr-only" aria-live="polite" data-testid="anuncio">
        {announce}
      </div>
      <div className={compact ? 'grid gap-4 sm:grid-cols-[minmax(0,1fr)_16rem]' : 'grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)_17rem]'}>
        {!compact && <SettingsPanel settings={settings} hidden={hidden} onChange={change} onRegenerate={() => change({ seed: Math.floor(Math.random() * LIMITS.maxSeed) })} />}
        <div className="min-w-0 space-y-3">
          <NetworkView
            net={session.net}
            features={settings.features}
            hidden={settings.hidden}
            grad={grad}
            phase={phase}
            edgeMode={edgeMode}
            canEditFeatures={!compact && show('caracteristicas')}
            canEditLayers={!compact && show('capas')}
            showAllFeatures={!compact && show('caracteristicas')}
            registerCanvas={(k, el) => renderer.register(k, el)}
            onToggleFeature={toggleFeature}
            onHiddenChange={(h) => change({ hidden: h })}
            onEditWeight={editWeight}
          />
          {!compact && show('fases') && (
            <div className={panel}>
              <div className="flex flex-wrap items-center gap-2">
                <button type="button" className={btn} onClick={phaseStep} disabled={diverged}>
                  Siguiente fase
                </button>
                {phase && (
                  <button type="button" className={btn} onClick={() => setPhase(null)}>
                    Salir de las fases
                  </button>
                )}
                <span className="text-sm" data-testid="fase-actual">
                  {phase ? `${PHASE_LABELS[phase.phase]} · ejemplo ${phase.row + 1}` : 'Sigue un ejemplo paso a paso: hacia delante, pérdida, hacia atrás y actualización.'}
                </span>
              </div>
              {phase && (
                <p className="mt-1 font-mono text-xs" data-testid="fase-detalle">
                  x = ({Array.from(phase.x, num).join('; ')}) · y = {num(phase.target)} · salida = {num(phase.output)}
                  {phase.loss !== null && ` · L = ${num(phase.loss)}`}
                </p>
              )}
            </div>
          )}
          {!compact && show('gradientes') && (
            <div className={`${panel} space-y-2`}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={edgeMode === 'gradiente'} onChange={(e) => setEdgeMode(e.target.checked ? 'gradiente' : 'peso')} /> Grosor de las conexiones según |∂L/∂w| (en vez de |w|)
              </label>
              <GradientNorms grad={grad} />
            </div>
          )}
        </div>
        <OutputPanel
          session={session}
          evaluation={evaluation}
          showTest={showTest}
          discretize={discretize}
          compact={compact}
          tick={tick}
          registerOutput={(el) => renderer.setOutput(el)}
          registerPoints={(el) => renderer.setPoints(el)}
          onShowTest={setShowTest}
          onDiscretize={setDiscretize}
        />
      </div>
      {!compact && show('numeros') && <NumbersTable net={session.net} features={settings.features} grad={grad} phase={phase} />}
      {!compact && show('compartir') && (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={btn} onClick={() => share(false)}>
            Copiar enlace a esta configuración
          </button>
          <button type="button" className={btn} onClick={() => share(true)}>
            Compartir estado completo
          </button>
          {shareUrl && (
            <input readOnly aria-label="Enlace para compartir" value={shareUrl} className={`${select} mt-0 min-w-0 flex-1 font-mono text-xs`} data-testid="enlace-compartir" onFocus={(e) => e.target.select()} />
          )}
        </div>
      )}
    </div>
  );
}
