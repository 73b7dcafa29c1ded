import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { MINI_PROJECT } from './course-outline';
import type { LessonVisit } from './lesson-activity';
import type { Random } from './prng';

/** Hidden tests of the mini-project and the message each shows when it fails. */
const TESTS = [
  { name: 'La pasada hacia delante coincide con el motor', hint: 'La salida no coincide: ¿aplicas la activación después de sumar el sesgo?' },
  { name: 'Gradiente de la capa de salida', hint: 'El gradiente tiene el signo cambiado: ¿restas la predicción del objetivo al revés?' },
  { name: 'Gradientes de la capa oculta', hint: 'Falta la derivada de la activación ReLU en la capa oculta.' },
  { name: 'Forma de la matriz de pesos', hint: 'La matriz de pesos parece traspuesta: revisa el orden de los índices.' },
  { name: 'La pérdida baja tras 100 pasos', hint: 'La pérdida no baja: comprueba que actualizas con la tasa de aprendizaje.' },
] as const;

const STARTER_CODE = `export function paso(red, x, y, tasa) {\n  const salida = adelante(red, x);\n  const grad = atras(red, salida, y);\n  return actualizar(red, grad, tasa);\n}\n`;

/** One to three submissions from each learner who reached the project's unit; later ones pass more tests. */
export function submissionRows(userId: string, keyPrefix: string, visits: LessonVisit[], now: Date, random: Random) {
  const started = visits.find((visit) => visit.unitId === MINI_PROJECT.unitId);
  if (!started) return [];

  const rows: Prisma.SubmissionCreateManyInput[] = [];
  let createdAt = new Date(started.at.getTime() + random.int(60, 1440) * 60_000);
  let passing = random.int(1, 4);
  const count = random.int(1, 3);
  for (let attempt = 1; attempt <= count && createdAt.getTime() < now.getTime() - 3_600_000; attempt++) {
    const startedAt = new Date(createdAt.getTime() + random.int(1, 20) * 1000);
    const finishedAt = new Date(startedAt.getTime() + random.int(400, 3000));
    const crashed = random.chance(0.12);
    rows.push({
      userId,
      projectId: MINI_PROJECT.projectId,
      code: STARTER_CODE,
      status: crashed ? 'ERROR' : 'GRADED',
      score: crashed ? null : passing / TESTS.length,
      results: crashed ? errorResults() : gradedResults(passing),
      idempotencyKey: `${keyPrefix}-${attempt}`,
      createdAt,
      startedAt,
      finishedAt,
    });
    createdAt = new Date(finishedAt.getTime() + random.int(2, 72) * 3_600_000);
    passing = Math.min(TESTS.length, passing + random.int(0, 2));
  }
  return rows;
}

// Exercism's results contract: { version, status, message, tests: [{ name, status, message, output }] }.
function gradedResults(passing: number) {
  const tests = TESTS.map((test, index) => ({
    name: test.name,
    status: index < passing ? 'pass' : 'fail',
    message: index < passing ? null : test.hint,
    output: null,
  }));
  return { version: 2, status: passing === TESTS.length ? 'pass' : 'fail', message: null, tests };
}

function errorResults() {
  return {
    version: 2,
    status: 'error',
    message: 'Tu código ha superado el límite de 2 s de CPU: revisa si algún bucle no termina.',
    tests: [],
  };
}
