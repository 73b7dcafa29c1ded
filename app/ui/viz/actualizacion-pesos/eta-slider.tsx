import { formatNumber } from '../model/format';
import { fromLogSlider, tidy, toLogSlider } from '../model/log-scale';
import { LabelledSlider } from '../shared/labelled-slider';

/** The η slider's range: logarithmic, so 0,01 … 0,1 gets as much travel as 1 … 10. */
export const ETA_RANGE = { min: 0.01, max: 10 } as const;

/** 300 positions per decade, so 0,01, 0,1, 1 and 10 (and their tidy neighbours) are exact stops. */
const POSITIONS = 900;

/** η as the figures write it: three significant digits at most. */
export function etaText(eta: number): string {
  return formatNumber(eta, eta < 0.1 ? 3 : 2);
}

/** Slider position of a learning rate. */
export function etaPosition(eta: number): number {
  return toLogSlider(eta, ETA_RANGE.min, ETA_RANGE.max, POSITIONS);
}

/** The learning rate at a slider position, rounded to 3 significant digits. */
export function etaAt(position: number): number {
  return tidy(fromLogSlider(position, ETA_RANGE.min, ETA_RANGE.max, POSITIONS));
}

/** A labelled log-scale slider for η. The value given is shown as is (a prop's η stays exact until the slider moves). */
export function EtaSlider({ eta, onChange }: { eta: number; onChange: (eta: number) => void }) {
  return <LabelledSlider label="Tasa η" value={etaPosition(eta)} min={0} max={POSITIONS} step={1} display={etaText(eta)} onChange={(position) => onChange(etaAt(position))} />;
}
