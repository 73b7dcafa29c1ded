import { describe, expect, it } from 'vitest';
import { EngineError } from '@/lib/engine';
import { flatWeights } from '@/app/ui/lab/model/flat-weights';
import { labFileName, labFileText, labToFile } from '@/app/ui/lab/model/lab-file/export';
import { MAX_IMPORT_BYTES, checkImportSize, parseLabFile } from '@/app/ui/lab/model/lab-file/import';
import { engineErrorToSpanish, fieldPath } from '@/app/ui/lab/model/lab-file/messages';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { DEFAULT_SETTINGS } from '@/app/ui/lab/model/lab-state';

function trained(): LabSession {
  const s = new LabSession({ ...DEFAULT_SETTINGS, dataset: 'xor', hidden: [3, 2], activation: 'relu', loss: 'bce', seed: 12 });
  while (s.epoch < 4) s.trainOneBatch();
  return s;
}

/** The saved file as loose JSON, changed by `edit`, back to text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke arbitrary fields of the parsed file
type Loose = any;
function edited(session: LabSession, edit: (doc: Loose) => void): string {
  const doc = JSON.parse(labFileText(session)) as Loose;
  edit(doc);
  return JSON.stringify(doc);
}

const errorOf = (text: string) => {
  const r = parseLabFile(text);
  if (r.ok) throw new Error('expected a rejected file');
  return r.error;
};

describe('lab file: export and import', () => {
  it('round-trips settings, epoch and every weight exactly (float64, not the link’s float32)', () => {
    const s = trained();
    const r = parseLabFile(labFileText(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toEqual(s.settings);
    expect(r.session.epoch).toBe(4);
    s.net.layers.forEach((l, k) => {
      expect(Array.from(r.session.net.layers[k]!.W)).toEqual(Array.from(l.W));
      expect(Array.from(r.session.net.layers[k]!.b)).toEqual(Array.from(l.b));
    });
    expect(Array.from(r.session.data.trainX)).toEqual(Array.from(s.data.trainX));
    expect(r.session.evaluate().trainLoss).toBe(s.evaluate().trainLoss);
  });

  it('carries the engine’s versioned network and a descriptive file name', () => {
    const s = trained();
    const file = labToFile(s);
    expect(file.network.format).toBe('backprop-engine/dense-network');
    expect(file.network.version).toBe(1);
    expect(labFileName(s, 'json')).toBe('laboratorio-xor-3-2-epoca-4.json');
  });

  it('refuses files over 10 MB (and empty ones) before reading them', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/límite es 10 MB/);
    expect(checkImportSize(0)).toMatch(/vacío/);
    expect(checkImportSize(2048)).toBeNull();
  });

  it('explains bad files in Spanish, naming the field', () => {
    const s = trained();
    expect(errorOf('{"format": ')).toMatch(/no es JSON válido/);
    expect(errorOf('[]')).toMatch(/«el archivo» debe ser un objeto JSON/);
    expect(errorOf(edited(s, (d) => (d.format = 'otra-cosa')))).toMatch(/«formato» debe ser «backprop-visual\/laboratorio»/);
    expect(errorOf(edited(s, (d) => (d.version = 2)))).toMatch(/«versión» debe ser 1/);
    expect(errorOf(edited(s, (d) => (d.settings.noise = 80)))).toMatch(/«ajustes\.ruido» debe ser un número entero de 0 a 50/);
    expect(errorOf(edited(s, (d) => (d.settings.hidden = [1, 2, 3, 4, 5, 6, 7])))).toMatch(/«ajustes\.capas» admite como mucho 6 capas/);
    expect(errorOf(edited(s, (d) => (d.settings.dataset = 'luna')))).toMatch(/«ajustes\.datos» debe ser uno de: circle/);
    expect(errorOf(edited(s, (d) => delete d.network))).toMatch(/«red» debe ser un objeto/);
  });

  it('passes the network through the engine’s checks, reworded in Spanish', () => {
    const s = trained();
    expect(errorOf(edited(s, (d) => (d.network.layers[0].W[2] = null)))).toBe('La red del archivo tiene un valor no numérico en «layers[0].W[2]» (null).');
    expect(errorOf(edited(s, (d) => d.network.layers[1].b.pop()))).toBe('La red del archivo tiene 1 números en «layers[1].b», pero su arquitectura pide 2.');
    expect(errorOf(edited(s, (d) => (d.network.version = 7)))).toMatch(/versión 7 del formato de red/);
    expect(errorOf(edited(s, (d) => (d.network.activations[0] = 'swish')))).toMatch(/valor desconocido en «activations\[0\]»/);
  });

  it('rejects a network that does not fit the settings stored beside it', () => {
    const s = trained();
    expect(errorOf(edited(s, (d) => (d.settings.hidden = [3, 3])))).toMatch(/no encaja con sus ajustes: la red tiene capas de 2, 3, 2, 1/);
    expect(errorOf(edited(s, (d) => (d.settings.activation = 'tanh')))).toMatch(/la capa 1 usa relu/);
    expect(errorOf(edited(s, (d) => (d.settings.loss = 'mse')))).toMatch(/no encaja con sus ajustes/);
  });

  it('a rejected file builds nothing; the session that exported it is unchanged', () => {
    const s = trained();
    const before = flatWeights(s.net);
    errorOf(edited(s, (d) => (d.network.layers[0].W[0] = 'x')));
    expect(Array.from(flatWeights(s.net))).toEqual(Array.from(before));
  });

  it('words engine errors and zod paths for learners', () => {
    expect(engineErrorToSpanish(new EngineError('EMPTY_LAYER', 'sizes[1] is 0'))).toBe('La red del archivo tiene una capa sin neuronas.');
    expect(engineErrorToSpanish(new Error('boom'))).toBe('La red del archivo no se ha podido leer.');
    expect(fieldPath(['settings', 'hidden', 2])).toBe('ajustes.capas[2]');
    expect(fieldPath([])).toBe('el archivo');
  });
});
