import { createElement, isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { collectQuestionParts } from '@/app/ui/mdx/collect-question-parts';
import { formatDecimal, isCloseEnough, parseDecimal } from '@/app/ui/mdx/numeric-answer';
import { PredictAndCheck } from '@/app/ui/mdx/predict-and-check';
import type { PredictionQuestion } from '@/app/ui/mdx/predict-and-check-widget';
import { ChoiceOption, Explanation } from '@/app/ui/mdx/question-parts';

const option = (text: string, correcta?: boolean) => createElement(ChoiceOption, { correcta }, text);
const explanation = createElement(Explanation, null, 'Porque sí.');
const markers = { option: ChoiceOption, explanation: Explanation };

describe('collectQuestionParts', () => {
  it('separates prompt, options and explanation, also when MDX wraps options in a paragraph', () => {
    const children = [createElement('p', { key: 'p' }, '¿Qué pasa?'), createElement('p', { key: 'o' }, option('Sube'), ' ', option('Baja', true)), explanation];
    const parts = collectQuestionParts(children, markers);
    expect(parts.options).toEqual([{ content: 'Sube', correct: false }, { content: 'Baja', correct: true }]);
    expect(parts.explanation).toBe('Porque sí.');
    expect(parts.prompt).toHaveLength(1);
  });
});

describe('PredictAndCheck', () => {
  const questionOf = (element: unknown) => (isValidElement(element) ? (element as ReactElement<{ question: PredictionQuestion }>).props.question : null);

  it('turns a choice question into data for the widget', () => {
    const element = PredictAndCheck({ pregunta: '¿Qué pasa con L?', children: [option('Sube'), option('Baja', true), explanation] });
    expect(questionOf(element)).toEqual({ kind: 'choice', options: ['Sube', 'Baja'], correctIndex: 1 });
  });

  it('turns a numeric question into data, with the tolerance of its decimals by default', () => {
    const element = PredictAndCheck({ pregunta: '¿Cuánto vale a?', tipo: 'numero', respuesta: '0.731', decimales: '2', children: explanation });
    expect(questionOf(element)).toEqual({ kind: 'number', answer: 0.731, decimals: 2, tolerance: 0.005, unit: undefined });
  });

  it.each([
    ['no explanation', { pregunta: '¿?', children: [option('A', true), option('B')] }, /Explicacion/],
    ['no right option', { pregunta: '¿?', children: [option('A'), option('B'), explanation] }, /exactamente una correcta/],
    ['two right options', { pregunta: '¿?', children: [option('A', true), option('B', true), explanation] }, /exactamente una correcta/],
    ['a number without answer', { pregunta: '¿?', tipo: 'numero', children: explanation }, /respuesta/],
    ['an unknown kind', { pregunta: '¿?', tipo: 'ordenar', children: [option('A', true), option('B'), explanation] }, /opcion o numero/],
    ['no question', { children: [option('A', true), option('B'), explanation] }, /pregunta/],
  ])('rejects a question with %s', (_case, props, message) => {
    expect(() => PredictAndCheck(props)).toThrow(message);
  });

  it('renders the question without its explanation until the learner commits', () => {
    const html = renderToStaticMarkup(PredictAndCheck({ pregunta: '¿Qué pasa con L?', children: [option('Sube'), option('Baja', true), explanation] }));
    expect(html).toContain('Predice y comprueba');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain('Comprobar');
    expect(html).not.toContain('Porque sí.');
  });

  it('refuses to render an option outside a question', () => {
    expect(() => renderToStaticMarkup(option('Suelta'))).toThrow(/dentro de <PrediceYComprueba>/);
  });
});

describe('numeric answers', () => {
  it('read numbers as learners type them', () => {
    expect(parseDecimal('0,25')).toBe(0.25);
    expect(parseDecimal(' -1.5 ')).toBe(-1.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('2e-3')).toBe(0.002);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal('uno')).toBeNull();
  });

  it('accept answers within the tolerance, edge included', () => {
    expect(isCloseEnough(0.735, 0.731, 0.005)).toBe(true);
    expect(isCloseEnough(0.736, 0.731, 0.005)).toBe(true);
    expect(isCloseEnough(0.737, 0.731, 0.005)).toBe(false);
  });

  it('write numbers with a decimal comma', () => {
    expect(formatDecimal(0.731, 2)).toBe('0,73');
    expect(formatDecimal(12000.5, 1)).toBe('12000,5');
  });
});
