import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exercises } from '@/lib/exercises';
import { quizSchema } from '@/lib/schemas/quiz';
import { mdxFilesIn } from './support';

// Every number a lesson or quiz prints comes from a registered exercise: these checks hold
// for every unit's files, so a new unit is covered the moment its files exist. (Units 1–2
// add stricter checks of their own in tests/unit/exercises/units-1-2.test.ts.)
const root = process.cwd();
const SEEDS = Array.from({ length: 10 }, (_, k) => k + 1);
const PLACEHOLDER = /\{\{([a-z0-9-]+):(\d+)\.([A-Za-z][A-Za-z0-9_]*)\}\}/g;
const unitOf = (file: string) => /\/(u\d+)\//.exec(file)![1]!;
const lessons = mdxFilesIn(path.join(root, 'content/lessons'));
const quizUnits = fs
  .readdirSync(path.join(root, 'content/quizzes'))
  .map((file) => /^(u\d+)\.yaml$/.exec(file)?.[1])
  .filter((unit): unit is string => Boolean(unit));
/** Units from 5 on name their exercises after the unit (u5-…); Units 1–4 predate that rule. */
const prefixed = (unit: string) => Number(unit.slice(1)) >= 5;

describe.each(lessons.map((file) => [path.relative(root, file), file]))('%s', (_, file) => {
  const source = fs.readFileSync(file, 'utf8');

  it('names only existing exercises and variables in {{exercise:seed.variable}} placeholders', () => {
    for (const [whole, name, seed, variable] of source.matchAll(PLACEHOLDER)) {
      expect(exercises[name!], whole).toBeDefined();
      if (variable !== 'answer') expect(exercises[name!]!(Number(seed)).variables, whole).toHaveProperty(variable!);
    }
    expect(source.replace(PLACEHOLDER, ''), 'placeholder mal escrito').not.toMatch(/\{\{/);
  });

  it('asks generated questions of existing exercises, with a whole seed and variables they fill', () => {
    for (const [tag] of source.matchAll(/<PrediceYComprueba\s[^>]*generador="[^"]*"[^>]*>/g)) {
      const name = /generador="([^"]+)"/.exec(tag)![1]!;
      const seed = Number(/semilla="(\d+)"/.exec(tag)?.[1] ?? '1');
      expect(exercises[name], tag).toBeDefined();
      expect(Number.isInteger(seed), tag).toBe(true);
      for (const [, variable] of (/pregunta="([^"]*)"/.exec(tag)?.[1] ?? '').matchAll(/\{(\w+)\}/g)) expect(exercises[name]!(seed).variables, `${tag}: {${variable}}`).toHaveProperty(variable!);
    }
  });
});

it('every unit with lessons has all six written, with exercise numbers in the text and in at least one question', () => {
  for (const unit of new Set(lessons.map(unitOf))) {
    const sources = lessons.filter((file) => unitOf(file) === unit).map((file) => fs.readFileSync(file, 'utf8'));
    expect(sources, unit).toHaveLength(6);
    expect(sources.some((source) => source.match(PLACEHOLDER) !== null), unit).toBe(true);
    expect(sources.some((source) => /<PrediceYComprueba[^>]*generador="/.test(source)), unit).toBe(true);
  }
});

describe.each(quizUnits)('content/quizzes/%s.yaml', (unit) => {
  const quiz = quizSchema.parse(parse(fs.readFileSync(path.join(root, 'content/quizzes', `${unit}.yaml`), 'utf8')));

  it('is this unit’s, mixes the four question types and has at least two numeric questions', () => {
    expect(quiz.unit).toBe(unit);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(quiz.questions.every((question) => question.id.startsWith(`${unit}-q`))).toBe(true);
    expect(new Set(quiz.questions.map((question) => question.type))).toEqual(new Set(['single', 'multiple', 'ordering', 'numeric']));
    expect(quiz.questions.filter((question) => question.type === 'numeric').length).toBeGreaterThanOrEqual(2);
  });

  it('says why every wrong option is wrong, and only those', () => {
    for (const question of quiz.questions) {
      if (question.type !== 'single' && question.type !== 'multiple') continue;
      const right = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
      const wrong = question.options.filter((option) => !right.has(option.id)).map((option) => option.id);
      expect(Object.keys(question.whyWrong).sort(), question.id).toEqual(wrong.sort());
    }
  });

  it('draws numeric questions from existing exercises that fill their prompts, at the digits they ask for', () => {
    for (const question of quiz.questions) {
      if (question.type !== 'numeric') continue;
      const exercise = exercises[question.generator];
      expect(exercise, question.generator).toBeDefined();
      if (prefixed(unit)) expect(question.generator.startsWith(`${unit}-`), question.generator).toBe(true);
      for (const seed of SEEDS) {
        const instance = exercise!(seed);
        for (const [, name] of question.prompt.matchAll(/\{(\w+)\}/g)) expect(instance.variables, `${question.id}: {${name}}`).toHaveProperty(name!);
        expect(question.decimals, question.id).toBe(instance.decimals ?? 2);
      }
    }
  });
});
