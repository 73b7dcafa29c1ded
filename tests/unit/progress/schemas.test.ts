import { describe, expect, it } from 'vitest';
import { activityEventSchema, mergeProgressSchema, progressEventSchema } from '@/lib/schemas/progress';

const key = '6f1c2a4e-8d0b-4c39-9b7e-2f5d1a3c4b5e';
const valid = { lessonId: 'u1-l1-1-1', event: 'time', seconds: 30, key };
const message = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message;

describe('progressEventSchema', () => {
  it('accepts the three events', () => {
    expect(progressEventSchema.parse(valid)).toEqual(valid);
    expect(progressEventSchema.parse({ lessonId: 'u13-l13-2-3', event: 'completed', key, at: '2026-05-01T10:00:00Z' }).event).toBe('completed');
    expect(progressEventSchema.parse({ lessonId: 'u1-l1-1-1', event: 'seen', key }).event).toBe('seen');
  });

  it.each([
    [{ ...valid, seconds: -5 }, 'Los segundos deben ser al menos 1.'],
    [{ ...valid, seconds: 301 }, 'Un tramo de tiempo no puede superar 300 segundos.'],
    [{ ...valid, seconds: 1e12 }, 'Un tramo de tiempo no puede superar 300 segundos.'],
    [{ ...valid, seconds: 2.5 }, 'Los segundos deben ser un número entero.'],
    [{ ...valid, seconds: '30' }, 'Los segundos deben ser un número.'],
    [{ ...valid, lessonId: 42 }, 'El id de la lección debe ser un texto.'],
    [{ event: 'seen', key }, 'Falta la lección.'],
    [{ ...valid, lessonId: '../../etc' }, 'Ese id de lección no tiene el formato esperado.'],
    [{ ...valid, key: 'corta' }, 'La clave de la operación es demasiado corta.'],
    [{ ...valid, key: 'x'.repeat(65) }, 'La clave de la operación es demasiado larga.'],
    [{ ...valid, key: 'con espacios y ; raros' }, 'La clave de la operación solo admite letras, números, - y _.'],
    [{ ...valid, event: 'borrar' }, 'El evento debe ser seen, completed o time.'],
    [{ ...valid, at: 'ayer' }, 'La fecha no es válida.'],
  ])('rejects %j with a Spanish message', (input, expected) => {
    expect(message(progressEventSchema, input)).toBe(expected);
  });

  it('rejects unknown fields instead of ignoring them', () => {
    expect(progressEventSchema.safeParse({ ...valid, userId: 'otra-persona' }).success).toBe(false);
  });
});

describe('mergeProgressSchema', () => {
  it('bounds the number of events per request', () => {
    expect(mergeProgressSchema.safeParse({ events: [] }).success).toBe(false);
    expect(mergeProgressSchema.safeParse({ events: Array.from({ length: 101 }, () => valid) }).success).toBe(false);
    expect(mergeProgressSchema.safeParse({ events: Array.from({ length: 100 }, () => valid) }).success).toBe(true);
  });
});

describe('activityEventSchema', () => {
  const answer = { type: 'check.answer', lessonId: 'u2-l2-1-1', key, payload: { questionId: 'predice-1', correct: true } };

  it('accepts a check answer and a visualization interaction', () => {
    expect(activityEventSchema.parse(answer)).toEqual(answer);
    expect(activityEventSchema.safeParse({ ...answer, type: 'viz.interact', payload: { widget: 'neurona', action: 'arrastrar' } }).success).toBe(true);
  });

  it('keeps payloads small and typed', () => {
    expect(activityEventSchema.safeParse({ ...answer, payload: { questionId: 'p'.repeat(81), correct: true } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...answer, payload: { questionId: 'p1', correct: 'sí' } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...answer, payload: { questionId: 'p1', correct: true, extra: 'x'.repeat(10_000) } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...answer, type: 'admin.delete' }).success).toBe(false);
  });
});
