'use client';

import { useState } from 'react';
import type { LabSession } from './model/lab-session';
import { nextPhase, type PhaseView } from './model/phase-stepper';
import type { WeightRef } from './model/weight-paths';

/**
 * One example at a time: the phase being followed, the weight chosen for the chain rule and
 * the computation graph, and whether the graph is open. `forget` drops what belonged to an
 * old network; `leave` ends the phases (training or an edit moved the weights on).
 */
export function useStepMode() {
  const [phase, setPhase] = useState<PhaseView | null>(null);
  const [chosen, setChosen] = useState<WeightRef | null>(null);
  const [graphOpen, setGraphOpen] = useState(false);
  return {
    phase,
    chosen,
    graphOpen,
    setChosen,
    setGraphOpen,
    advance: (session: LabSession) => setPhase(nextPhase(session, phase)),
    leave: () => setPhase(null),
    forget: () => {
      setPhase(null);
      setChosen(null);
    },
    /** At the backward phase, or with the graph open, a click on a weight chooses it instead of editing it. */
    choosing: phase?.phase === 'backward' || graphOpen,
  };
}

export type StepMode = ReturnType<typeof useStepMode>;
