import { networkFromJson, type Network } from '@/lib/engine';
import { engineLoss, outputActivation } from '../build-network';
import { LabSession } from '../lab-session';
import { layerSizes, type LabSettings } from '../lab-state';
import { normalizeSettings } from '../settings-change';
import { engineErrorToSpanish, fieldPath } from './messages';
import { labFileSchema } from './schema';

/** Largest file the lab reads; checked on File.size before a single byte is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportResult = { ok: true; settings: LabSettings; session: LabSession } | { ok: false; error: string };

/** Spanish reason to refuse a file before reading it, or null. */
export function checkImportSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) return `El archivo ocupa ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB y el límite es 10 MB: no es un laboratorio guardado.`;
  if (bytes === 0) return 'El archivo está vacío.';
  return null;
}

/** Why the network does not fit the settings stored beside it, or null when it does. */
function mismatch(net: Network, s: LabSettings): string | null {
  const want = layerSizes(s);
  if (net.sizes.join(',') !== want.join(',')) return `la red tiene capas de ${net.sizes.join(', ')} unidades y los ajustes piden ${want.join(', ')}`;
  const acts = net.layers.map((l, k) => (k === net.layers.length - 1 ? outputActivation(s) : s.activation));
  const bad = net.layers.findIndex((l, k) => l.activation !== acts[k]);
  if (bad >= 0) return `la capa ${bad + 1} usa ${net.layers[bad]!.activation} y los ajustes piden ${acts[bad]}`;
  if (net.loss !== engineLoss(s)) return `la red usa la pérdida ${net.loss} y los ajustes piden ${engineLoss(s)}`;
  return null;
}

/**
 * Reads a saved lab: JSON, then the envelope and settings (zod), then the network (the
 * engine's own checks), then that both describe the same architecture. Every failure is one
 * Spanish sentence; nothing is built until everything has passed.
 */
export function parseLabFile(text: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'El archivo no es JSON válido (¿está cortado o es de otro programa?).' };
  }
  const parsed = labFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `El archivo no es un laboratorio válido: «${fieldPath(issue.path)}» ${issue.message}.` };
  }
  let net: Network;
  try {
    net = networkFromJson(parsed.data.network);
  } catch (e) {
    return { ok: false, error: engineErrorToSpanish(e) };
  }
  const settings = normalizeSettings({ ...parsed.data.settings, features: [...parsed.data.settings.features], hidden: [...parsed.data.settings.hidden] });
  const why = mismatch(net, settings);
  if (why) return { ok: false, error: `La red del archivo no encaja con sus ajustes: ${why}.` };
  const weights = net.layers.flatMap((l) => [...l.W, ...l.b]);
  return { ok: true, settings, session: new LabSession(settings, weights, parsed.data.epoch) };
}
