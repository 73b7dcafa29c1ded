'use client';

import { useEffect } from 'react';
import type { LabRenderer } from './draw/lab-renderer';
import type { LabSession } from './model/lab-session';
import { LAB_FEATURES } from './model/lab-state';

interface Drawing {
  playing: boolean;
  session: LabSession;
  showTest: boolean;
  discretize: boolean;
  renderer: LabRenderer;
}

/** Canvases outside the training loop: the heatmaps after every change while paused, the feature maps and the data points. */
export function useLabDrawing({ playing, session, showTest, discretize, renderer }: Drawing): void {
  // Paused: draw after every render (playing, the loop draws).
  useEffect(() => {
    if (!playing) renderer.drawNetwork(session, discretize);
  });
  useEffect(() => {
    renderer.drawInputs(LAB_FEATURES);
    renderer.drawData(session, showTest);
  }, [session, showTest, session.settings.features, renderer]);
}
