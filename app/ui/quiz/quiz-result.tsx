import type { AttemptResult, QuestionFeedback } from '@/lib/quiz/feedback';
import { formatDate, formatPercent, formatPoints } from './format';

function AnswerLine({ label, values, ordered }: { label: string; values: string[]; ordered: boolean }) {
  if (values.length === 0) return <p className="text-sm"><span className="font-medium">{label}:</span> sin responder</p>;
  if (values.length === 1) return <p className="text-sm"><span className="font-medium">{label}:</span> {values[0]}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <div className="text-sm">
      <p className="font-medium">{label}:</p>
      <List className={`mt-1 space-y-0.5 pl-5 ${ordered ? 'list-decimal' : 'list-disc'}`}>
        {values.map((value) => <li key={value}>{value}</li>)}
      </List>
    </div>
  );
}

function QuestionOutcome({ question, number }: { question: QuestionFeedback; number: number }) {
  const partial = !question.correct && question.points > 0;
  const verdict = question.correct ? 'Correcta' : partial ? `En parte (${formatPoints(question.points)} puntos)` : 'Incorrecta';
  const tone = question.correct
    ? 'border-emerald-300 dark:border-emerald-800'
    : 'border-red-300 dark:border-red-900';
  return (
    <li className={`space-y-2 rounded-lg border-l-4 bg-white p-4 shadow-sm dark:bg-slate-900 ${tone}`} data-correcta={question.correct}>
      <p className="text-sm font-medium">
        <span aria-hidden="true">{question.correct ? '✓' : '✗'} </span>
        Pregunta {number}: <span className={question.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'}>{verdict}</span>
      </p>
      <p className="font-medium text-pretty">{question.prompt}</p>
      <AnswerLine label="Tu respuesta" values={question.given} ordered={question.type === 'ordering'} />
      {!question.correct && <AnswerLine label="Respuesta correcta" values={question.right} ordered={question.type === 'ordering'} />}
      <p className="text-sm text-slate-700 dark:text-slate-300">{question.explanation}</p>
      {question.mistakes.map((mistake) => (
        <p key={mistake} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {mistake}
        </p>
      ))}
    </li>
  );
}

/** The grade and every question with its right answer and explanation, shown once the attempt is stored. */
export function QuizResult({ result }: { result: AttemptResult }) {
  return (
    <section aria-labelledby="resultado" className="space-y-6" data-testid="resultado-cuestionario">
      <div className="rounded-xl border border-brand-100 bg-brand-50 p-5 dark:border-brand-700 dark:bg-brand-900/30">
        <h2 id="resultado" className="text-lg font-semibold">
          Tu resultado
        </h2>
        <p className="mt-1 text-4xl font-bold tabular-nums" data-testid="nota">
          {formatPercent(result.score)}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {result.correctCount} de {result.questionCount} preguntas correctas · entregado el {formatDate(result.submittedAt)}
        </p>
      </div>
      {result.questions.length > 0 ? (
        <ol className="space-y-4">
          {result.questions.map((question, index) => <QuestionOutcome key={question.id} question={question} number={index + 1} />)}
        </ol>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Este intento es de una versión anterior del cuestionario: se conserva la nota, pero no el detalle de cada pregunta.</p>
      )}
    </section>
  );
}
