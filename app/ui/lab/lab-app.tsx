'use client';

import { useReducer, useState } from 'react';
import type { Feature } from '@/lib/engine';
import { LabRenderer } from './draw/lab-renderer';
import type { EdgeMode } from './model/edge-style';
import { ConfusionMatrices } from './confusion-matrix';
import { ExportSection } from './export-section';
import { GradientPanel } from './gradient-panel';
import { DivergenceAlert, LinkNotices } from './lab-alerts';
import { LabToolbar } from './lab-toolbar';
import { LossLandscape } from './loss-landscape';
import type { Speed } from './model/frame-budget';
import { flatWeights } from './model/flat-weights';
import type { LabSession } from './model/lab-session';
import { LAB_FEATURES, LIMITS, type Hideable, type LabConfig, type LabSettings } from './model/lab-state';
import type { FocusTarget } from './model/roving-focus';
import { encodeLabConfig } from './model/url-state';
import { NetworkView } from './network-view';
import { NumbersTable } from './numbers-table';
import { OutputPanel } from './output-panel';
import { SettingsPanel } from './settings-panel';
import { StepViews } from './step-views';
import { useLabDrawing } from './use-lab-drawing';
import { useLabSession } from './use-lab-session';
import { usePlayback } from './use-playback';
import { useStepMode } from './use-step-mode';
import { useTrainingLoop } from './use-training-loop';
import { useUrlSync } from './use-url-sync';

/** The Laboratorio: controls, the network, the output and the numbers, around one lab session. */
export function LabApp({ config, compact = false, syncUrl = false, autoplay = false }: { config: LabConfig; compact?: boolean; syncUrl?: boolean; autoplay?: boolean }) {
  const hidden = config.hidden;
  const show = (h: Hideable) => !compact && !hidden.includes(h);
  const step = useStepMode();
  // Bumped by every change (a shared link is then stale) and by every new network (a
  // gradient check or a landscape is then stale): keys that remount those panels.
  const [generation, bump] = useReducer((n: number) => n + 1, 0);
  const [networkNo, bumpNetwork] = useReducer((n: number) => n + 1, 0);
  const lab = useLabSession(config, () => {
    step.forget();
    bump();
    bumpNetwork();
  });
  const { settings, session, grad } = lab;
  const [notices, setNotices] = useState(config.notices);
  const { playing, setPlaying, onStop } = usePlayback(autoplay, session, lab.announceNow);
  const [speed, setSpeed] = useState<Speed>('normal');
  const [showTest, setShowTest] = useState(false);
  const [discretize, setDiscretize] = useState(false);
  const [edgeMode, setEdgeMode] = useState<EdgeMode>('peso');
  const [renderer] = useState(() => new LabRenderer());
  const markChanged = useUrlSync(syncUrl, settings, hidden, config.preset);

  useTrainingLoop({ playing, session, speed, discretize, renderer, refresh: lab.refresh, onStop, renderCostMs: lab.renderCostMs });
  useLabDrawing({ playing, session, showTest, discretize, renderer });

  const change = (patch: Partial<LabSettings>) => {
    markChanged();
    bump();
    lab.change(patch);
  };
  const stepEpoch = () => {
    step.leave();
    const start = session.epoch;
    while (session.epoch === start && session.trainOneBatch());
    lab.refresh();
  };
  const restart = () => {
    setPlaying(false);
    lab.restart();
  };
  const phaseStep = () => {
    setPlaying(false);
    step.advance(session);
    lab.refresh();
  };
  const editParam = (t: FocusTarget, value: number) => {
    if (t.kind === 'w') session.setWeight(t.layer, t.to, t.from, value);
    else session.setBias(t.layer, t.to, value);
    step.leave();
    lab.refresh();
  };
  const toggleFeature = (f: Feature) => {
    const has = settings.features.includes(f);
    if (has && settings.features.length === 1) return;
    change({ features: LAB_FEATURES.filter((x) => (x === f ? !has : settings.features.includes(x))) });
  };
  const importLab = (next: LabSettings, nextSession: LabSession) => {
    setPlaying(false);
    markChanged();
    lab.load(next, nextSession);
  };
  const shareUrl = (withWeights: boolean) =>
    `${window.location.origin}/laboratorio?${encodeLabConfig({ settings, hidden, preset: config.preset }, withWeights ? { weights: flatWeights(session.net), epoch: session.epoch } : null)}`;

  const diverged = session.divergence !== null;
  const choosing = show('fases') && step.choosing;
  return (
    <div className="not-prose space-y-4" data-testid="laboratorio">
      <LinkNotices notices={notices} onClose={() => setNotices([])} />
      {session.divergence && <DivergenceAlert loss={session.divergence.loss} learningRate={settings.learningRate} />}
      <LabToolbar playing={playing} diverged={diverged} epoch={session.epoch} speed={compact ? null : speed} onPlay={setPlaying} onEpoch={stepEpoch} onReset={restart} onSpeed={setSpeed} />
      <div className="sr-only" aria-live="polite" data-testid="anuncio">
        {lab.announce}
      </div>
      <div className={compact ? 'grid gap-4 sm:grid-cols-[minmax(0,1fr)_16rem]' : 'grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)_17rem]'}>
        {!compact && <SettingsPanel settings={settings} hidden={hidden} onChange={change} onRegenerate={() => change({ seed: Math.floor(Math.random() * LIMITS.maxSeed) })} />}
        <div className="min-w-0 space-y-3">
          <NetworkView
            net={session.net}
            features={settings.features}
            hidden={settings.hidden}
            grad={grad}
            phase={step.phase}
            edgeMode={edgeMode}
            canEditFeatures={show('caracteristicas')}
            canEditLayers={show('capas')}
            showAllFeatures={show('caracteristicas')}
            edgeLayer={renderer}
            registerCanvas={(k, el) => renderer.register(k, el)}
            onToggleFeature={toggleFeature}
            onHiddenChange={(h) => change({ hidden: h })}
            onEditParam={editParam}
            onSelectWeight={choosing ? step.setChosen : undefined}
            selectedWeight={choosing ? step.chosen : null}
          />
          {show('fases') && <StepViews key={`pasos-${networkNo}`} session={session} step={step} diverged={diverged} stamp={playing ? -1 : lab.tick} playing={playing} onNext={phaseStep} />}
          {show('gradientes') && <GradientPanel session={session} grad={grad} edgeMode={edgeMode} checkDisabled={playing || diverged} generation={networkNo} onEdgeMode={setEdgeMode} />}
          {show('paisaje') && <LossLandscape key={networkNo} session={session} />}
        </div>
        <div className="min-w-0 space-y-3">
          <OutputPanel
            session={session}
            evaluation={lab.evaluation}
            showTest={showTest}
            discretize={discretize}
            compact={compact}
            tick={lab.tick}
            registerOutput={(el) => renderer.setOutput(el)}
            registerPoints={(el) => renderer.setPoints(el)}
            onShowTest={setShowTest}
            onDiscretize={setDiscretize}
          />
          {!compact && <ConfusionMatrices train={lab.evaluation.train} test={lab.evaluation.test} />}
        </div>
      </div>
      {show('numeros') && <NumbersTable net={session.net} features={settings.features} grad={grad} phase={step.phase} />}
      {show('compartir') && <ExportSection session={session} generation={generation} makeUrl={shareUrl} onImport={importLab} />}
    </div>
  );
}
