import { networkToJson } from '@/lib/engine';
import type { LabSession } from '../lab-session';
import { cloneSettings } from '../lab-state';
import { LAB_FILE_FORMAT, LAB_FILE_VERSION, type LabFile } from './schema';

/** The whole lab as a file: settings, epoch and the network in the engine's versioned JSON. */
export function labToFile(session: LabSession): LabFile {
  return { format: LAB_FILE_FORMAT, version: LAB_FILE_VERSION, settings: cloneSettings(session.settings), epoch: session.epoch, network: { ...networkToJson(session.net) } };
}

/** Pretty-printed text of {@link labToFile}: numbers round-trip exactly through JSON. */
export function labFileText(session: LabSession): string {
  return `${JSON.stringify(labToFile(session), null, 1)}\n`;
}

/** A download name that says what is inside: «laboratorio-xor-4-2-epoca-37.json». */
export function labFileName(session: LabSession, extension: string, suffix = ''): string {
  const s = session.settings;
  const layers = s.hidden.length === 0 ? 'sin-ocultas' : s.hidden.join('-');
  return `laboratorio-${s.dataset}-${layers}-epoca-${session.epoch}${suffix}.${extension}`;
}
