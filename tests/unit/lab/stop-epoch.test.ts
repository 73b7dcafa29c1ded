import { describe, expect, it } from 'vitest';
import { labFileText } from '@/app/ui/lab/model/lab-file/export';
import { parseLabFile } from '@/app/ui/lab/model/lab-file/import';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS, LIMITS } from '@/app/ui/lab/model/lab-state';
import { readStopEpoch } from '@/app/ui/lab/model/stop-epoch';
import { decodeSearchParams, encodeLabConfig } from '@/app/ui/lab/model/url-state';

const decode = (query: string) => decodeSearchParams(new URLSearchParams(query));

describe('«Parar en la época» as typed', () => {
  it('empty is never; whole numbers from 1 are epochs; the rest is invalid or too large', () => {
    expect(readStopEpoch('  ')).toEqual({ kind: 'never' });
    expect(readStopEpoch(' 25 ')).toEqual({ kind: 'epoch', epoch: 25 });
    for (const bad of ['0', '-3', '2,5', '1e3', 'diez', '+4']) expect(readStopEpoch(bad)).toEqual({ kind: 'invalid' });
    expect(readStopEpoch(String(LIMITS.maxStopEpoch))).toEqual({ kind: 'epoch', epoch: LIMITS.maxStopEpoch });
    expect(readStopEpoch('99999999999999999999')).toEqual({ kind: 'too-large' });
  });
});

describe('the stop epoch in the link', () => {
  it('round-trips, and is left out of the link when it is «never»', () => {
    const settings = { ...DEFAULT_SETTINGS, stopAt: 40 };
    const query = encodeLabConfig({ settings, hidden: [], preset: null });
    expect(query).toContain('parar=40');
    expect(decode(query).settings).toEqual(settings);
    expect(encodeLabConfig({ settings: DEFAULT_SETTINGS, hidden: [], preset: null })).not.toContain('parar');
    expect(decode('parar=').settings.stopAt).toBeNull();
  });

  it('bad values fall back with a Spanish notice: never for non-numbers and negatives, the limit for huge ones', () => {
    for (const bad of ['-5', 'abc', '0', '3.5']) {
      const c = decode(`parar=${bad}`);
      expect(c.settings.stopAt).toBeNull();
      expect(c.notices.join(' ')).toMatch(/«Parar en la época» no admite .* el entrenamiento no se detendrá solo/);
    }
    const huge = decode('parar=1e99');
    expect(huge.settings.stopAt).toBeNull();
    const large = decode('parar=123456789');
    expect(large.settings.stopAt).toBe(LIMITS.maxStopEpoch);
    expect(large.notices.join(' ')).toMatch(/admite como mucho 100000/);
  });
});

describe('the stop epoch in the saved file', () => {
  it('is saved and read back; files without it never stop; bad values are refused in Spanish', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, stopAt: 7 });
    const back = parseLabFile(labFileText(s));
    expect(back.ok && back.settings.stopAt).toBe(7);
    const doc = JSON.parse(labFileText(s)) as { settings: Record<string, unknown> };
    delete doc.settings.stopAt;
    const old = parseLabFile(JSON.stringify(doc));
    expect(old.ok && old.settings.stopAt).toBeNull();
    doc.settings.stopAt = -2;
    const bad = parseLabFile(JSON.stringify(doc));
    expect(bad.ok ? '' : bad.error).toMatch(/«ajustes\.parar» debe ser un número entero de 1 a 100000/);
  });
});

describe('training stops by itself at the stop epoch', () => {
  it('a frame never trains past it, even at the fastest pace; pressing play again goes on', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, stopAt: 3 });
    let frames = 0;
    while (!s.reachedStop(0) && frames++ < 100) s.trainFrame(Infinity, 1e9, () => 0);
    expect(s.epoch).toBe(3);
    expect(s.cursor).toBe(0);
    const from = s.epoch;
    s.trainFrame(1, 1e9, () => 0);
    expect(s.epoch).toBe(4);
    expect(s.reachedStop(from)).toBe(false);
  });

  it('a stop epoch already passed (a link at epoch 10 with parar=5) does not stop training', () => {
    const s = new LabSession({ ...DEFAULT_SETTINGS, stopAt: 5 }, null, 10);
    const from = s.epoch;
    s.trainFrame(1, 1e9, () => 0);
    expect(s.epoch).toBe(11);
    expect(s.reachedStop(from)).toBe(false);
  });
});
