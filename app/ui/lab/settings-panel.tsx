'use client';

import { DataSettings } from './data-settings';
import type { Hideable, LabSettings } from './model/lab-state';
import { TrainingSettings } from './training-settings';

interface Props {
  settings: LabSettings;
  hidden: readonly Hideable[];
  onChange: (patch: Partial<LabSettings>) => void;
  onRegenerate: () => void;
}

/** Data and hyper-parameter controls; each change is applied at once (structural ones reset the network). */
export function SettingsPanel({ settings, hidden, onChange, onRegenerate }: Props) {
  return (
    <div className="space-y-3">
      {!hidden.includes('datos') && <DataSettings settings={settings} showProblem={!hidden.includes('problema')} onChange={onChange} onRegenerate={onRegenerate} />}
      <TrainingSettings settings={settings} hidden={hidden} onChange={onChange} />
    </div>
  );
}
