'use client';

import { useMemo } from 'react';
import { ChainRulePanel } from './chain-rule-panel';
import { ComputationGraphPanel } from './computation-graph-panel';
import type { LabSession } from './model/lab-session';
import { PhasePanel } from './phase-panel';
import type { StepMode } from './use-step-mode';

interface Props {
  session: LabSession;
  step: StepMode;
  diverged: boolean;
  /** Changes when the weights may have changed; constant while training. */
  stamp: number;
  playing: boolean;
  onNext: () => void;
}

/** One example at a time: the phase stepper, the chain rule of a chosen weight, and the scalar computation graph. */
export function StepViews({ session, step, diverged, stamp, playing, onNext }: Props) {
  const { phase, chosen } = step;
  const nIn = session.net.inputSize;
  // The example followed by the phases, else the next one training will use (frozen while training).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const row = useMemo(() => phase?.row ?? session.cursor, [phase, session, stamp]);
  const x = useMemo(() => session.data.trainX.slice(row * nIn, (row + 1) * nIn), [session, row, nIn]);
  return (
    <>
      <PhasePanel phase={phase} disabled={diverged} onNext={onNext} onExit={step.leave} />
      {phase?.phase === 'backward' && <ChainRulePanel net={session.net} features={session.settings.features} phase={phase} selected={chosen} />}
      <ComputationGraphPanel
        net={session.net}
        features={session.settings.features}
        x={x}
        target={session.data.trainY[row] ?? 0}
        stamp={stamp}
        frozen={playing}
        open={step.graphOpen}
        selected={chosen}
        onOpen={step.setGraphOpen}
        onSelect={step.setChosen}
      />
    </>
  );
}
