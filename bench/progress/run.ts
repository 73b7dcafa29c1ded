// npm run bench:progress -- [--url http://localhost:3000] [--data-dir DIR] [--learners 40] [--quiz-takers 10] [--seconds 20] [--think-ms 0] [--chunks 10]
// Drives a running platform over HTTP with simulated learners reading lessons, saving
// progress and taking unit quizzes, and prints requests per second and p50/p95/p99 latency
// per kind of request.
// With --data-dir (or DATA_DIR, the folder `npm start` was given) each learner gets an account
// and session of its own; without it the demo learner signs in once and every reader shares it.
// --think-ms 0 (the default) measures the most the server can take; a pause between requests
// (each reader's reading time) measures latency at a given load instead.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { quizUnitIds } from '@/lib/server/content/quizzes';
import { getCourseIndex } from '@/lib/server/data/progress/course-index';
import { createClient } from './http-client';
import { acceptedSeconds, simulateLearner } from './learner';
import { acknowledgedAttempts, simulateQuizTaker } from './quiz-taker';
import { mintSessions, signInOnce, type BenchSession } from './sessions';
import { printTable, Recorder } from './stats';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    'data-dir': { type: 'string', default: process.env.DATA_DIR },
    learners: { type: 'string', default: '40' },
    'quiz-takers': { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    'think-ms': { type: 'string', default: '0' },
    chunks: { type: 'string', default: '10' },
  },
});
const baseUrl = values.url!.replace(/\/$/, '');
const learners = Number(values.learners);
const quizTakers = Number(values['quiz-takers']);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const thinkMs = Number(values['think-ms']);
const chunks = Number(values.chunks);

const minted = values['data-dir'] ? await mintSessions(values['data-dir'], learners + quizTakers) : null;
const sessions: BenchSession[] = minted?.sessions ?? [await signInOnce(baseUrl, 'alumna@demo.comoprogramar.es', 'demo-alumna-2026')];
const lessons = getCourseIndex().lessons.map((lesson) => ({ id: lesson.id, href: lesson.href }));

console.log(`Servidor ${baseUrl} · ${learners} lectores y ${quizTakers} alumnos haciendo cuestionarios a la vez · pausa media ${thinkMs} ms · ${warmup} s de calentamiento + ${seconds} s medidos · ${os.cpus().length} núcleos · carga previa ${os.loadavg()[0]!.toFixed(2)}`);
console.log(minted ? `Una cuenta y una sesión por lector (creadas en la base de datos del servidor).` : 'Todos los lectores comparten la sesión de la alumna de demostración.');

const recorder = new Recorder();
const request = createClient(baseUrl, learners + quizTakers);
let running = true;
const readers = Array.from({ length: learners }, (_, i) =>
  simulateLearner({ request, recorder, cookie: sessions[i % sessions.length]!.cookie, lessons, first: i * 7, running: () => running, thinkMs, chunks }),
);
const unitIds = quizUnitIds();
const takers = Array.from({ length: quizTakers }, (_, i) =>
  simulateQuizTaker({ request, recorder, cookie: sessions[(learners + i) % sessions.length]!.cookie, unitIds, first: i, running: () => running, thinkMs }),
);
await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
recorder.recording = true;
const started = performance.now();
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
recorder.recording = false;
const elapsed = (performance.now() - started) / 1000;
running = false;
await Promise.all([...readers, ...takers]);

const rows = recorder.rows(elapsed);
printTable(rows);
const writes = rows.filter((row) => row.kind.startsWith('POST') && !row.kind.startsWith('POST quiz'));
const total = writes.reduce((sum, row) => sum + row.count, 0);
console.log(`\nEscrituras (progreso + reintentos + actividad): ${(total / elapsed).toFixed(0)}/s, errores: ${writes.reduce((n, r) => n + r.errors, 0)}`);
const submits = rows.filter((row) => row.kind === 'POST quiz entrega' || row.kind === 'POST quiz reintento');
const submitted = submits.reduce((sum, row) => sum + row.count, 0);
console.log(`Entregas de cuestionario (primeras + reintentos): ${(submitted / elapsed).toFixed(0)}/s, errores: ${submits.reduce((n, r) => n + r.errors, 0)} · carga al terminar ${os.loadavg()[0]!.toFixed(2)}`);

if (minted) {
  // Every accepted time chunk counted exactly once, retries included.
  const ids = sessions.map((session) => session.userId!).filter(Boolean);
  const sum = await minted.prisma.lessonProgress.aggregate({ where: { userId: { in: ids } }, _sum: { secondsSpent: true } });
  const expected = [...acceptedSeconds.values()].reduce((a, b) => a + b, 0);
  const counted = sum._sum.secondsSpent ?? 0;
  console.log(`Tiempo guardado: ${counted} s; tramos aceptados (cada clave una vez): ${expected} s → ${counted === expected ? 'sin duplicados' : 'NO COINCIDE'}`);
  // Every acknowledged submission graded once: one SUBMITTED row per attempt, retries included.
  const graded = await minted.prisma.quizAttempt.count({ where: { userId: { in: ids }, status: 'SUBMITTED' } });
  console.log(`Intentos entregados: ${graded}; entregas aceptadas (cada intento una vez): ${acknowledgedAttempts.size} → ${graded === acknowledgedAttempts.size ? 'sin duplicados' : 'NO COINCIDE'}`);
  await minted.prisma.$disconnect();
  if (counted !== expected || graded !== acknowledgedAttempts.size) process.exitCode = 1;
}
