import type { SaveStatus } from './outbox';

const MESSAGES: Record<SaveStatus, string> = {
  idle: '',
  saving: 'Guardando…',
  saved: 'Guardado',
  retrying: 'Sin conexión: reintentando…',
  local: 'Guardado en este navegador. Entra o crea una cuenta para conservarlo.',
};

const TONES: Record<SaveStatus, string> = {
  idle: '',
  saving: 'text-slate-500 dark:text-slate-400',
  saved: 'text-emerald-700 dark:text-emerald-400',
  retrying: 'text-amber-700 dark:text-amber-400',
  local: 'text-slate-600 dark:text-slate-400',
};

/** Whether the learner's progress is safe, announced politely to screen readers. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <p role="status" aria-live="polite" data-testid="estado-guardado" data-estado={status} className={`min-h-5 text-sm ${TONES[status]}`}>
      {MESSAGES[status]}
    </p>
  );
}
