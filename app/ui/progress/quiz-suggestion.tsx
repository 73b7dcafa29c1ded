import Link from 'next/link';

export interface QuizSuggestionItem {
  number: number;
  title: string;
  href: string;
  reason: 'first' | 'again';
}

/** "Haz el cuestionario": shown when a unit's lessons are done and its quiz is untaken or not yet passed. */
export function QuizSuggestion({ suggestion }: { suggestion: QuizSuggestionItem }) {
  return (
    <Link
      href={suggestion.href}
      data-testid="sugerencia-cuestionario"
      className="inline-flex flex-col rounded-md border border-brand-600 px-5 py-2.5 text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-brand-900/30"
    >
      <span className="font-medium">
        {suggestion.reason === 'first' ? `Haz el cuestionario de la Unidad ${suggestion.number}` : `Repite el cuestionario de la Unidad ${suggestion.number}`}
      </span>
      <span className="text-sm">
        {suggestion.reason === 'first' ? 'Ya has completado sus lecciones' : 'Con otros números, para llegar a «Competente»'} · {suggestion.title}
      </span>
    </Link>
  );
}
