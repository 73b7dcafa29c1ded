import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exercises, formatNumber, type ExerciseInstance } from '@/lib/exercises';
import { unitOneTwoExercises } from '@/lib/exercises/units-1-2';
import { quizSchema } from '@/lib/schemas/quiz';
import { countProseWords } from '@/lib/server/content/prose-words';
import { splitFrontmatter } from '@/lib/server/content/split-frontmatter';

// Every number of Units 1–2 comes from these exercises, so each one is recomputed here with
// plain Math, independently of lib/engine, and every placeholder in the lessons and quizzes
// must name an exercise and a variable that exist.

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const relu = (z: number) => Math.max(0, z);

type Vars = Record<string, number>;
const v = (vars: Vars, name: string): number => {
  const found = vars[name];
  if (found === undefined) throw new Error(`falta la variable ${name}`);
  return found;
};

/** The exercise's results recomputed from its inputs with plain arithmetic: variable name → value ('answer' for the answer). */
const reference: Record<string, (vars: Vars) => Vars> = {
  'perdida-cuadratica': (p) => {
    const yhat = v(p, 'w') * v(p, 'x') + v(p, 'b');
    return { yhat, error: yhat - v(p, 'y'), answer: 0.5 * (yhat - v(p, 'y')) ** 2 };
  },
  'ajuste-manual': (p) => {
    const mse = (w: number) => (0.5 * (w * v(p, 'x1') + v(p, 'b') - v(p, 'y1')) ** 2 + 0.5 * (w * v(p, 'x2') + v(p, 'b') - v(p, 'y2')) ** 2) / 2;
    const w = v(p, 'w');
    const h = v(p, 'h');
    return { lossBase: mse(w), lossPlus: mse(w + h), lossMinus: mse(w - h), answer: mse(w + h) };
  },
  'ciclo-correccion': (p) => {
    const [w, b, x, y, eta] = [v(p, 'w'), v(p, 'b'), v(p, 'x'), v(p, 'y'), v(p, 'eta')];
    const error = w * x + b - y;
    const gradW = error * x;
    const gradB = error;
    const wNew = w - eta * gradW;
    const bNew = b - eta * gradB;
    const yhatNew = wNew * x + bNew;
    return { yhat: w * x + b, error, loss: 0.5 * error ** 2, gradW, gradB, wNew, bNew, yhatNew, lossNew: 0.5 * (yhatNew - y) ** 2, answer: wNew };
  },
  'iteraciones-descenso': (p) => {
    const [x, y, eta] = [v(p, 'x'), v(p, 'y'), v(p, 'eta')];
    let [w, b] = [v(p, 'w0'), v(p, 'b0')];
    const out: Vars = {};
    for (let k = 0; k <= 5; k++) {
      const error = w * x + b - y;
      Object.assign(out, { [`w${k}`]: w, [`b${k}`]: b, [`loss${k}`]: 0.5 * error ** 2 });
      w -= eta * error * x;
      b -= eta * error;
    }
    return { ...out, ratio: v(out, 'loss1') / v(out, 'loss0'), answer: v(out, 'loss5') };
  },
  'curva-convergencia': (p) => {
    const xs = [1, 2, 3, 4].map((i) => v(p, `x${i}`));
    const ys = [1, 2, 3, 4].map((i) => v(p, `y${i}`));
    const eta = v(p, 'eta');
    let [w, b] = [0, 0];
    const out: Vars = {};
    for (let epoch = 0; epoch <= 100; epoch++) {
      const errors = xs.map((x, i) => w * x + b - ys[i]!);
      if ([0, 1, 2, 5, 10, 20, 50, 100].includes(epoch)) out[`loss${epoch}`] = errors.reduce((s, e) => s + 0.5 * e * e, 0) / 4;
      if (epoch === 100) break;
      const gradW = errors.reduce((s, e, i) => s + e * xs[i]!, 0) / 4;
      const gradB = errors.reduce((s, e) => s + e, 0) / 4;
      w -= eta * gradW;
      b -= eta * gradB;
    }
    return { ...out, wFinal: w, bFinal: b, answer: v(out, 'loss100') };
  },
  'neurona-sigmoide': (p) => {
    const z = v(p, 'w1') * v(p, 'x1') + v(p, 'w2') * v(p, 'x2') + v(p, 'b');
    return { z, answer: sigmoid(z) };
  },
  'contribuciones-pesos': (p) => {
    const c = [1, 2, 3].map((i) => v(p, `w${i}`) * v(p, `x${i}`));
    const z = c[0]! + c[1]! + c[2]! + v(p, 'b');
    return { c1: c[0]!, c2: c[1]!, c3: c[2]!, a: sigmoid(z), answer: z };
  },
  'cadena-dos-neuronas': (p) => {
    const z1 = v(p, 'w1') * v(p, 'x') + v(p, 'b1');
    const h = Math.tanh(z1);
    const z2 = v(p, 'w2') * h + v(p, 'b2');
    return { z1, h, z2, answer: sigmoid(z2) };
  },
  'capa-relu': (p) => {
    const out: Vars = {};
    for (const j of [1, 2, 3]) {
      const z = v(p, `w${j}1`) * v(p, 'x1') + v(p, `w${j}2`) * v(p, 'x2') + v(p, `b${j}`);
      Object.assign(out, { [`z${j}`]: z, [`a${j}`]: relu(z) });
    }
    return { ...out, answer: v(out, 'a3') };
  },
  'forward-2-2-1': (p) => {
    const z1 = v(p, 'w11') * v(p, 'x1') + v(p, 'w12') * v(p, 'x2') + v(p, 'b1');
    const z2 = v(p, 'w21') * v(p, 'x1') + v(p, 'w22') * v(p, 'x2') + v(p, 'b2');
    const [h1, h2] = [Math.tanh(z1), Math.tanh(z2)];
    const zo = v(p, 'v1') * h1 + v(p, 'v2') * h2 + v(p, 'c');
    return { z1, z2, h1, h2, zo, answer: sigmoid(zo) };
  },
  'frontera-neurona': (p) => {
    const z = v(p, 'w1') * v(p, 'p1') + v(p, 'w2') * v(p, 'p2') + v(p, 'b');
    return { z, a: sigmoid(z), crossX1: -v(p, 'b') / v(p, 'w1'), answer: -v(p, 'b') / v(p, 'w2') };
  },
};

/** Numbers each exercise draws (the ones a learner starts from), with the largest size allowed. */
const inputs: Record<string, { names: string[]; maxAbs: number }> = {
  'perdida-cuadratica': { names: ['w', 'b', 'x', 'y'], maxAbs: 2 },
  'ajuste-manual': { names: ['x1', 'y1', 'x2', 'y2', 'w', 'b', 'h'], maxAbs: 2 },
  'ciclo-correccion': { names: ['w', 'b', 'x', 'y', 'eta'], maxAbs: 2 },
  'iteraciones-descenso': { names: ['x', 'y', 'eta', 'w0', 'b0'], maxAbs: 2.5 },
  'curva-convergencia': { names: ['eta', 'x1', 'x2', 'x3', 'x4', 'y1', 'y2', 'y3', 'y4'], maxAbs: 4 },
  'neurona-sigmoide': { names: ['x1', 'x2', 'w1', 'w2', 'b'], maxAbs: 2 },
  'contribuciones-pesos': { names: ['x1', 'x2', 'x3', 'w1', 'w2', 'w3', 'b'], maxAbs: 2 },
  'cadena-dos-neuronas': { names: ['x', 'w1', 'b1', 'w2', 'b2'], maxAbs: 2 },
  'capa-relu': { names: ['x1', 'x2', 'w11', 'w12', 'w21', 'w22', 'w31', 'w32', 'b1', 'b2', 'b3'], maxAbs: 2 },
  'forward-2-2-1': { names: ['x1', 'x2', 'w11', 'w12', 'w21', 'w22', 'b1', 'b2', 'v1', 'v2', 'c'], maxAbs: 2 },
  'frontera-neurona': { names: ['w1', 'w2', 'b', 'p1', 'p2'], maxAbs: 2 },
};

const names = Object.keys(unitOneTwoExercises);
const run = (name: string, seed: number): ExerciseInstance => exercises[name]!(seed);
const isRounded = (value: number, decimals: number) => Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-9;

describe('exercises of Units 1–2', () => {
  it('are all registered in lib/exercises and covered by this file', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) expect(exercises[name], name).toBe(unitOneTwoExercises[name]);
    expect(Object.keys(reference).sort()).toEqual([...names].sort());
    expect(Object.keys(inputs).sort()).toEqual([...names].sort());
  });

  describe.each(names)('%s', (name) => {
    it('is deterministic: the same seed gives the same numbers', () => {
      for (const seed of SEEDS.slice(0, 10)) expect(run(name, seed)).toEqual(run(name, seed));
      expect(run(name, 1)).not.toEqual(run(name, 2));
    });

    it('matches an independent computation with plain Math', () => {
      for (const seed of SEEDS) {
        const instance = run(name, seed);
        const expected = reference[name]!(instance.variables);
        for (const [key, value] of Object.entries(expected)) {
          const actual = key === 'answer' ? instance.answer : instance.variables[key];
          expect(actual, `${name}:${seed}.${key}`).toBeDefined();
          expect(Math.abs(actual! - value), `${name}:${seed}.${key}`).toBeLessThan(1e-9);
        }
      }
    });

    it('draws finite, small inputs already rounded to the digits it shows', () => {
      for (const seed of SEEDS) {
        const { variables, answer, decimals = 2 } = run(name, seed);
        expect(Number.isFinite(answer)).toBe(true);
        for (const value of Object.values(variables)) expect(Number.isFinite(value)).toBe(true);
        for (const input of inputs[name]!.names) {
          const value = v(variables, input);
          expect(Math.abs(value), `${name}:${seed}.${input}`).toBeLessThanOrEqual(inputs[name]!.maxAbs);
          expect(isRounded(value, Math.min(decimals, 2)), `${name}:${seed}.${input} = ${value}`).toBe(true);
        }
      }
    });
  });
});

// The lessons describe their worked examples in words ("the loss goes down", "this neuron is
// off"); these checks keep the words true for the seeds the lessons use.
describe('what the lessons say about their worked examples', () => {
  const at = (name: string, seed: number) => ({ ...run(name, seed).variables, answer: run(name, seed).answer });

  it('Unit 1', () => {
    const loss = at('perdida-cuadratica', 3);
    expect(v(loss, 'yhat')).toBeLessThan(v(loss, 'y'));
    const manual = at('ajuste-manual', 1);
    expect(v(manual, 'lossPlus')).toBeLessThan(v(manual, 'lossBase'));
    expect(v(manual, 'lossBase')).toBeLessThan(v(manual, 'lossMinus'));
    const cycle = at('ciclo-correccion', 5);
    expect(v(cycle, 'error')).toBeGreaterThan(0);
    expect(v(cycle, 'x')).toBeLessThan(0);
    expect(v(cycle, 'gradW')).toBeLessThan(0);
    expect(v(cycle, 'gradB')).toBeGreaterThan(0);
    expect(v(cycle, 'lossNew')).toBeLessThan(v(cycle, 'loss'));
    expect(Math.abs(v(cycle, 'yhatNew') - v(cycle, 'y'))).toBeLessThan(Math.abs(v(cycle, 'yhat') - v(cycle, 'y')));
    const iterations = at('iteraciones-descenso', 2);
    for (let k = 0; k < 5; k++) {
      expect(v(iterations, `loss${k + 1}`)).toBeLessThan(v(iterations, `loss${k}`));
      expect(v(iterations, `loss${k + 1}`) / v(iterations, `loss${k}`)).toBeCloseTo(v(iterations, 'ratio'), 9);
    }
    // The lesson's schematic bars shrink by about two thirds per step.
    expect(v(iterations, 'ratio')).toBeGreaterThan(0.6);
    expect(v(iterations, 'ratio')).toBeLessThan(0.72);
    const curve = at('curva-convergencia', 2);
    expect(v(curve, 'loss10')).toBeLessThan(v(curve, 'loss0') / 4);
    expect(formatNumber(v(curve, 'loss50'), 3)).toBe(formatNumber(v(curve, 'loss100'), 3));
    expect(v(curve, 'loss100')).toBeGreaterThan(0.001);
  });

  it('Unit 2', () => {
    expect(v(at('neurona-sigmoide', 3), 'z')).toBeGreaterThan(0);
    const contributions = at('contribuciones-pesos', 3);
    expect([v(contributions, 'w1'), v(contributions, 'w3')].every((w) => w < 0)).toBe(true);
    expect(v(contributions, 'w2')).toBe(Math.max(v(contributions, 'w1'), v(contributions, 'w2'), v(contributions, 'w3')));
    expect(v(contributions, 'x2')).toBe(Math.max(v(contributions, 'x1'), v(contributions, 'x2'), v(contributions, 'x3')));
    const chain = at('cadena-dos-neuronas', 2);
    expect([v(chain, 'w1'), v(chain, 'h'), v(chain, 'b2')].every((x) => x < 0)).toBe(true);
    const layer = at('capa-relu', 5);
    expect([v(layer, 'w12'), v(layer, 'b1'), v(layer, 'z1')].every((x) => x < 0)).toBe(true);
    expect(v(layer, 'a1')).toBe(0);
    expect(v(layer, 'z2')).toBeGreaterThan(0);
    expect(v(layer, 'z3')).toBeGreaterThan(0);
    const forward = at('forward-2-2-1', 2);
    for (const negative of ['x2', 'b1', 'w21', 'v2', 'c', 'h1', 'h2']) expect(v(forward, negative), negative).toBeLessThan(0);
    for (const positive of ['x1', 'w11', 'w12', 'w22', 'b2', 'v1']) expect(v(forward, positive), positive).toBeGreaterThan(0);
    expect(Math.abs(forward.answer - 0.5)).toBeLessThan(0.1);
    const boundary = at('frontera-neurona', 4);
    for (const negative of ['w1', 'b', 'p1']) expect(v(boundary, negative), negative).toBeLessThan(0);
    expect(v(boundary, 'z')).toBeGreaterThan(0);
    expect(v(boundary, 'a')).toBeGreaterThan(0.9);
  });
});

const root = process.cwd();
const lessonFiles = ['u1', 'u2'].flatMap((unit) => {
  const dir = path.join(root, 'content/lessons', unit);
  return fs.readdirSync(dir).filter((file) => file.endsWith('.mdx')).map((file) => path.join(dir, file));
});
const variablesOf = (name: string, seed: number) => ['answer', ...Object.keys(run(name, seed).variables)];

/** A `{name}` in a question's prompt is written as the raw number, so it must be a drawn, already rounded input. */
function expectPromptNumber(name: string, seed: number, variable: string, where: string) {
  expect(inputs[name]?.names, `${where}: {${variable}} no es un dato de partida de ${name}`).toContain(variable);
  expect(isRounded(v(run(name, seed).variables, variable), 2), `${where}: {${variable}}`).toBe(true);
}

describe('lessons of Units 1–2', () => {
  it('are all there', () => {
    expect(lessonFiles).toHaveLength(12);
  });

  it.each(lessonFiles.map((file) => [path.basename(file), file]))('%s: every {{exercise:seed.variable}} exists', (_, file) => {
    const source = fs.readFileSync(file, 'utf8');
    for (const [placeholder, name, seed, variable] of source.matchAll(/\{\{([a-z0-9-]+):(\d+)\.([A-Za-z][A-Za-z0-9_]*)\}\}/g)) {
      expect(exercises[name!], placeholder).toBeDefined();
      expect(variablesOf(name!, Number(seed)), placeholder).toContain(variable);
    }
    expect(source.replace(/\{\{[a-z0-9-]+:\d+\.[A-Za-z][A-Za-z0-9_]*\}\}/g, ''), 'placeholder mal escrito').not.toMatch(/\{\{/);
  });

  it.each(lessonFiles.map((file) => [path.basename(file), file]))('%s: every generated question names its exercise and variables', (_, file) => {
    const source = fs.readFileSync(file, 'utf8');
    for (const [tag] of source.matchAll(/<PrediceYComprueba\s[^>]*generador="[^"]*"[^>]*>/g)) {
      const name = /generador="([^"]+)"/.exec(tag)![1]!;
      const seed = Number(/semilla="(\d+)"/.exec(tag)?.[1]);
      expect(exercises[name], tag).toBeDefined();
      expect(Number.isInteger(seed), tag).toBe(true);
      const prompt = /pregunta="([^"]*)"/.exec(tag)?.[1] ?? '';
      for (const [, variable] of prompt.matchAll(/\{(\w+)\}/g)) expectPromptNumber(name, seed, variable!, tag);
    }
  });

  it('have at least 400 words each and a numeric question in each unit', () => {
    for (const file of lessonFiles) expect(countProseWords(splitFrontmatter(fs.readFileSync(file, 'utf8')).body), file).toBeGreaterThanOrEqual(400);
    for (const unit of ['u1', 'u2']) {
      const sources = lessonFiles.filter((file) => file.includes(`/${unit}/`)).map((file) => fs.readFileSync(file, 'utf8'));
      expect(sources.some((source) => /<PrediceYComprueba[^>]*generador="/.test(source)), unit).toBe(true);
    }
  });
});

describe('quizzes of Units 1–2', () => {
  it.each(['u1', 'u2'])('%s.yaml parses and its numeric questions name real exercises', (unit) => {
    const quiz = quizSchema.parse(parse(fs.readFileSync(path.join(root, 'content/quizzes', `${unit}.yaml`), 'utf8')));
    expect(quiz.unit).toBe(unit);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(quiz.questions.every((question) => question.id.startsWith(`${unit}-q`))).toBe(true);
    const numeric = quiz.questions.filter((question) => question.type === 'numeric');
    expect(numeric.length).toBeGreaterThanOrEqual(2);
    for (const question of numeric) {
      expect(exercises[question.generator], question.id).toBeDefined();
      for (const [, variable] of question.prompt.matchAll(/\{(\w+)\}/g)) for (const seed of SEEDS) expectPromptNumber(question.generator, seed, variable!, question.id);
    }
    for (const question of quiz.questions) {
      if (question.type !== 'single' && question.type !== 'multiple') continue;
      const right = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
      const wrong = question.options.filter((option) => !right.has(option.id)).map((option) => option.id);
      expect(Object.keys(question.whyWrong).sort(), question.id).toEqual(wrong.sort());
    }
    expect(new Set(quiz.questions.map((question) => question.type))).toEqual(new Set(['single', 'multiple', 'ordering', 'numeric']));
  });
});
