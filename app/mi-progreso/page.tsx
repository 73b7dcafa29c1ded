import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ContinueLink } from '@/app/ui/progress/continue-link';
import { CourseSummary } from '@/app/ui/progress/course-summary';
import { QuizScoreChartLazy } from '@/app/ui/progress/quiz-score-chart-lazy';
import { QuizScoreTable } from '@/app/ui/progress/quiz-score-table';
import { QuizSuggestion } from '@/app/ui/progress/quiz-suggestion';
import { UnitProgressList } from '@/app/ui/progress/unit-progress-list';
import { getSessionUser } from '@/lib/server/auth/session';
import { getQuizDashboard } from '@/lib/server/data/quiz/quiz-dashboard';

export const metadata: Metadata = { title: 'Mi progreso', description: 'Tu avance en el curso, unidad a unidad.' };

export default async function MyProgressPage() {
  const user = await getSessionUser();
  if (!user) redirect('/entrar?volver=/mi-progreso');
  const { course, units, next, quizzes, quizSuggestion } = await getQuizDashboard(user.id);
  const taken = quizzes.filter((quiz) => quiz.attempts.length > 0);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Mi progreso</h1>
      <CourseSummary {...course} />
      <section aria-labelledby="lo-siguiente" className="space-y-3">
        <h2 id="lo-siguiente" className="text-lg font-semibold">
          Lo siguiente
        </h2>
        <div className="flex flex-wrap gap-3">
          {quizSuggestion && <QuizSuggestion suggestion={quizSuggestion} />}
          <ContinueLink point={next} />
        </div>
      </section>
      <section aria-labelledby="por-unidad" className="space-y-3">
        <h2 id="por-unidad" className="text-lg font-semibold">
          Por unidad
        </h2>
        <UnitProgressList units={units} />
      </section>
      <section aria-labelledby="cuestionarios" className="space-y-4">
        <h2 id="cuestionarios" className="text-lg font-semibold">
          Cuestionarios
        </h2>
        {taken.length > 0 ? (
          <QuizScoreChartLazy series={taken.map((quiz) => ({ unitId: quiz.unitId, label: `Unidad ${quiz.number}`, points: quiz.attempts }))} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Cuando entregues el cuestionario de una unidad, aquí verás cómo evolucionan tus notas.</p>
        )}
        <QuizScoreTable rows={quizzes.map((quiz) => ({ ...quiz, attempts: quiz.attempts.length }))} />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          El dominio sale de tu mejor nota y de la última: «Dominado» pide al menos un 90 % de mejor nota y un 70 % en la última; «Competente», un 70 % y un 50 %;
          con cualquier intento por debajo eres «Familiarizado». Si la última nota baja, repite el cuestionario con otros números para recuperarlo.
        </p>
      </section>
    </div>
  );
}
