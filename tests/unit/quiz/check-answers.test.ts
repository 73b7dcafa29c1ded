import { describe, expect, it } from 'vitest';
import { checkAnswers } from '@/lib/quiz/check-answers';
import type { PublicQuestion } from '@/lib/quiz/types';

const options = [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }];
const questions: PublicQuestion[] = [
  { id: 'q1', prompt: '¿?', type: 'single', options },
  { id: 'q2', prompt: '¿?', type: 'multiple', options },
  { id: 'q3', prompt: '¿?', type: 'ordering', items: options },
  { id: 'q4', prompt: '¿?', type: 'numeric', decimals: 2 },
];

describe('checkAnswers', () => {
  it('keeps well-formed answers and turns empty ones into blanks', () => {
    const checked = checkAnswers(questions, { q1: 'b', q2: [], q3: ['c', 'a', 'b'], q4: '  ' });
    expect([...checked]).toEqual([['q1', 'b'], ['q2', null], ['q3', ['c', 'a', 'b']], ['q4', null]]);
  });

  it.each([
    ['a question of another quiz', { 'u2-q1': 'a' }, 'La pregunta «u2-q1» no forma parte de este intento.'],
    ['a list for a single choice', { q1: ['a'] }, 'Pregunta «q1»: se espera una sola opción.'],
    ['an option the question does not have', { q1: 'z' }, 'Pregunta «q1»: la opción «z» no es de esta pregunta.'],
    ['a text for a multiple choice', { q2: 'a' }, 'Pregunta «q2»: se espera una lista de opciones.'],
    ['repeated options', { q2: ['a', 'a'] }, 'Pregunta «q2»: hay opciones repetidas.'],
    ['an ordering missing a step', { q3: ['a', 'b'] }, 'Pregunta «q3»: el orden debe contener cada paso exactamente una vez.'],
    ['an ordering with a step twice', { q3: ['a', 'a', 'b'] }, /exactamente una vez/],
    ['a list for a number', { q4: ['1'] }, 'Pregunta «q4»: se espera un número escrito como texto.'],
  ])('refuses %s', (_title, answers, message) => {
    expect(() => checkAnswers(questions, answers)).toThrow(message);
  });
});
