import type { LabConfig } from '../lab-state';
import { PRESETS, presetSettings } from '../presets';
import { decodeData } from './decode-data';
import { decodeHidden, decodeSnapshot } from './decode-extras';
import { decodeNetwork } from './decode-network';
import { decodeTraining } from './decode-training';
import { PARAM } from './params';
import type { DecodeContext, Reader } from './parse';

/**
 * Reads a lab configuration from query parameters (or MDX props). Never throws: every
 * unknown, malformed or out-of-range value falls back to the nearest valid one and adds a
 * Spanish notice saying what was changed.
 */
export function decodeLabConfig(read: Reader): LabConfig {
  const ctx: DecodeContext = {
    notices: [],
    get: (key) => {
      const v = read(key);
      return v === null ? null : v.trim();
    },
  };
  let preset: string | null = ctx.get(PARAM.preset);
  if (preset !== null && !Object.hasOwn(PRESETS, preset)) {
    ctx.notices.push(`No existe el laboratorio predefinido «${preset.slice(0, 40)}»; se usa la configuración por defecto.`);
    preset = null;
  }
  const settings = presetSettings(preset);
  decodeData(ctx, settings);
  decodeNetwork(ctx, settings);
  decodeTraining(ctx, settings);
  const hidden = decodeHidden(ctx, preset);
  const snapshot = decodeSnapshot(ctx, settings);
  return { settings, snapshot, hidden, preset, notices: ctx.notices };
}

/** Reads from a URLSearchParams-like object. */
export function decodeSearchParams(params: { get(key: string): string | null }): LabConfig {
  return decodeLabConfig((k) => params.get(k));
}

/** Reads Next's searchParams record (first value of repeated keys). */
export function decodeRecord(record: Record<string, string | string[] | undefined>): LabConfig {
  return decodeLabConfig((k) => {
    const v = record[k];
    return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
  });
}
