import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ContinueLink } from '@/app/ui/progress/continue-link';
import { CourseSummary } from '@/app/ui/progress/course-summary';
import { UnitProgressList } from '@/app/ui/progress/unit-progress-list';
import { getSessionUser } from '@/lib/server/auth/session';
import { getLearnerDashboard } from '@/lib/server/data/progress/get-learner-dashboard';

export const metadata: Metadata = { title: 'Mi progreso', description: 'Tu avance en el curso, unidad a unidad.' };

export default async function MyProgressPage() {
  const user = await getSessionUser();
  if (!user) redirect('/entrar?volver=/mi-progreso');
  // Quiz results join here once quizzes exist: getLearnerDashboard(user.id, { quizResults }).
  const { course, units, next } = await getLearnerDashboard(user.id);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Mi progreso</h1>
      <CourseSummary {...course} />
      <section aria-labelledby="lo-siguiente" className="space-y-3">
        <h2 id="lo-siguiente" className="text-lg font-semibold">
          Lo siguiente
        </h2>
        <ContinueLink point={next} />
      </section>
      <section aria-labelledby="por-unidad" className="space-y-3">
        <h2 id="por-unidad" className="text-lg font-semibold">
          Por unidad
        </h2>
        <UnitProgressList units={units} />
      </section>
      <section aria-labelledby="cuestionarios" className="space-y-2">
        <h2 id="cuestionarios" className="text-lg font-semibold">
          Cuestionarios
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Aquí verás tus puntuaciones en el cuestionario de cada unidad cuando estén disponibles.
        </p>
      </section>
    </div>
  );
}
