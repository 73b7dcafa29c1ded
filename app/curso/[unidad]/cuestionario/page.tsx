import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/app/ui/course/breadcrumbs';
import { PageHeading } from '@/app/ui/course/page-heading';
import { QuizFacts } from '@/app/ui/quiz/quiz-facts';
import { QuizHistory } from '@/app/ui/quiz/quiz-history';
import { QuizRunner } from '@/app/ui/quiz/quiz-runner';
import { findUnit } from '@/lib/server/content/course-index';
import { getQuizPageData } from '@/lib/server/data/quiz/quiz-page-data';

type Params = Promise<{ unidad: string }>;
type SearchParams = Promise<{ intento?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const unit = findUnit((await params).unidad);
  if (!unit) return {};
  return {
    title: `Cuestionario de la Unidad ${unit.number}: ${unit.title}`,
    description: `Comprueba lo aprendido en la Unidad ${unit.number} con preguntas corregidas al momento y números distintos en cada intento.`,
  };
}

export default async function QuizPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const unit = findUnit((await params).unidad) ?? notFound();
  const attempt = (await searchParams).intento;
  const data = (await getQuizPageData(unit.id, typeof attempt === 'string' ? attempt : undefined)) ?? notFound();
  const href = `${unit.href}/cuestionario`;
  const { learner } = data;
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <div>
        <Breadcrumbs items={[{ label: 'Curso', href: '/' }, { label: `Unidad ${unit.number}`, href: unit.href }, { label: 'Cuestionario' }]} />
        <PageHeading eyebrow={`Cuestionario · Unidad ${unit.number}`} title={data.title} />
        <p className="text-slate-700 dark:text-slate-300">
          Comprueba lo que has aprendido en la unidad. Las preguntas numéricas usan números calculados solo para ti, y cada intento trae
          números nuevos. Al entregar verás tu nota, la respuesta correcta de cada pregunta y por qué.
        </p>
      </div>
      <QuizFacts types={data.types} best={learner?.history.bestScore ?? null} latest={learner?.history.latestScore ?? null} />
      {learner ? (
        <>
          <QuizRunner key={learner.result?.attemptId ?? 'nuevo'} unitId={unit.id} questionCount={data.types.length} open={learner.open} initialResult={learner.result} />
          <section aria-labelledby="historial" className="space-y-3">
            <h2 id="historial" className="text-lg font-semibold">
              Tus intentos
            </h2>
            <QuizHistory
              attempts={learner.history.attempts.map((a) => ({ ...a, submittedAt: a.submittedAt.toISOString() }))}
              resultHref={(id) => `${href}?intento=${id}`}
            />
          </section>
        </>
      ) : (
        <section aria-labelledby="entrar" className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="entrar" className="text-lg font-semibold">
            Inicia sesión para hacer el cuestionario
          </h2>
          <p className="text-slate-700 dark:text-slate-300">
            Las lecciones se pueden leer sin cuenta. Para hacer el cuestionario, guardar tus notas y ver cómo avanzas, entra con tu cuenta.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/entrar?volver=${encodeURIComponent(href)}`} className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
              Iniciar sesión
            </Link>
            <Link href="/registro" className="rounded-md border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              Crear una cuenta
            </Link>
          </div>
        </section>
      )}
      <p>
        <Link href={unit.href} className="text-sm text-brand-700 hover:underline dark:text-brand-300">
          ← Volver a la Unidad {unit.number}: {unit.title}
        </Link>
      </p>
    </article>
  );
}
