import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/exercises', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/exercises')>();
  return {
    ...original,
    exercises: { 'doble-de-x': (seed: number) => ({ variables: { x: seed / 4 }, answer: seed / 2, decimals: 3 }) },
  };
});

const { fillExerciseNumbers } = await import('@/lib/server/content/exercise-numbers');

describe('fillExerciseNumbers', () => {
  it('writes the exercise values with its decimals, inside math too', () => {
    expect(fillExerciseNumbers('Si $x = {{doble-de-x:3.x}}$, entonces $2x = {{doble-de-x:3.answer}}$.')).toBe(
      'Si $x = 0.750$, entonces $2x = 1.500$.',
    );
  });

  it('leaves text without placeholders untouched', () => {
    expect(fillExerciseNumbers('Nada que {{ver}} aquí: {x}')).toBe('Nada que {{ver}} aquí: {x}');
  });

  it('names the unknown exercise or variable', () => {
    expect(() => fillExerciseNumbers('{{no-existe:1.x}}')).toThrow('no hay ningún ejercicio llamado «no-existe»');
    expect(() => fillExerciseNumbers('{{doble-de-x:1.y}}')).toThrow('no tiene la variable «y» (tiene: answer, x)');
  });
});
