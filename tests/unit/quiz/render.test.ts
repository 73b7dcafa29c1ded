import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exercises, formatNumber, formatVariable } from '@/lib/exercises';
import { gradeAttempt } from '@/lib/quiz/grade';
import { renderAttempt } from '@/lib/quiz/render';
import { questionSeed, shuffled, shuffledAwayFrom } from '@/lib/quiz/seed';
import { quizSchema, type Quiz } from '@/lib/schemas/quiz';

const dir = path.join(process.cwd(), 'content/quizzes');
const quizzes: Quiz[] = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => quizSchema.parse(parse(fs.readFileSync(path.join(dir, file), 'utf8'))));
const u1 = quizzes.find((quiz) => quiz.unit === 'u1')!;
const SEEDS = Array.from({ length: 25 }, (_, i) => 1 + i * 7919);

describe('seeding', () => {
  it('gives each question of each attempt its own positive seed, the same every time', () => {
    expect(questionSeed(42, 'u1-q4')).toBe(questionSeed(42, 'u1-q4'));
    expect(questionSeed(42, 'u1-q4')).not.toBe(questionSeed(43, 'u1-q4'));
    expect(questionSeed(42, 'u1-q4')).not.toBe(questionSeed(42, 'u1-q5'));
    for (const seed of SEEDS) expect(questionSeed(seed, 'x')).toBeGreaterThan(0);
  });

  it('shuffles deterministically, keeps every item, and never leaves an ordering in its right order', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(shuffled(items, 9)).toEqual(shuffled(items, 9));
    for (const seed of SEEDS) {
      expect([...shuffled(items, seed)].sort()).toEqual(items);
      expect(shuffledAwayFrom(items, seed)).not.toEqual(items);
    }
    expect(new Set(SEEDS.map((seed) => shuffled(items, seed).join(''))).size).toBeGreaterThan(5);
  });
});

describe('renderAttempt', () => {
  it('personalises numeric questions: two attempts show different numbers, one attempt always the same', () => {
    const prompts = (seed: number) => renderAttempt(u1, seed).questions.filter((q) => q.type === 'numeric').map((q) => q.prompt);
    expect(prompts(1234)).toEqual(prompts(1234));
    expect(prompts(1234)).not.toEqual(prompts(5678));
    expect(new Set(SEEDS.map((seed) => prompts(seed).join('|'))).size).toBe(SEEDS.length);
  });

  it('keys each numeric answer to the engine exercise run with the question’s seed', () => {
    const seed = 777;
    const { questions, key } = renderAttempt(u1, seed);
    for (const question of u1.questions) {
      if (question.type !== 'numeric') continue;
      const instance = exercises[question.generator]!(questionSeed(seed, question.id));
      const entry = key.get(question.id);
      expect(entry).toMatchObject({ type: 'numeric', answer: instance.answer });
      const shown = questions.find((q) => q.id === question.id)!.prompt;
      for (const [name, value] of Object.entries(instance.variables)) {
        if (question.prompt.includes(`{${name}}`)) expect(shown).toContain(formatVariable(value, instance.decimals));
      }
    }
  });

  it('sends the browser no answer, explanation or mistake text', () => {
    const { questions } = renderAttempt(u1, 99);
    const json = JSON.stringify(questions);
    for (const field of ['answer', 'explanation', 'whyWrong', 'commonMistake', 'tolerance', 'generator']) expect(json).not.toContain(`"${field}"`);
    for (const question of u1.questions) {
      expect(json).not.toContain(question.explanation);
      if (question.type === 'ordering' || question.type === 'numeric') expect(json).not.toContain(question.commonMistake);
      else for (const text of Object.values(question.whyWrong)) expect(json).not.toContain(text);
    }
  });

  it.each(quizzes.map((quiz) => [quiz.unit, quiz] as const))('%s renders for many seeds with every placeholder filled, and its key earns full marks', (_unit, quiz) => {
    for (const seed of SEEDS) {
      const { questions, key } = renderAttempt(quiz, seed);
      expect(questions).toHaveLength(quiz.questions.length);
      for (const question of questions) expect(question.prompt).not.toMatch(/\{[A-Za-z]/);
      const answers = new Map([...key].map(([id, entry]) => [id, entry.type === 'numeric' ? formatNumber(entry.answer, entry.decimals).replace('.', ',') : entry.answer]));
      expect(gradeAttempt(key, answers).score).toBe(1);
    }
  });
});
