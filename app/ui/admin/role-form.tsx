'use client';
import { useActionState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/schemas/auth';
import type { ActionState } from '@/lib/schemas/action-state';

type ChangeRoleAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function RoleForm({
  userId,
  userName,
  role,
  changeRole,
  disabled,
}: {
  userId: string;
  userName: string;
  role: Role;
  changeRole: ChangeRoleAction;
  disabled?: boolean;
}) {
  const [state, action, pending] = useActionState(changeRole, { status: 'idle' });
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`rol-${userId}`}>
        Rol de {userName}
      </label>
      <select
        id={`rol-${userId}`}
        name="role"
        defaultValue={role}
        disabled={disabled || pending}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={disabled || pending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {pending ? 'Guardando…' : 'Cambiar'}
      </button>
      {state.status !== 'idle' && (
        <p role={state.status === 'error' ? 'alert' : 'status'} className={state.status === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
          {state.message}
        </p>
      )}
    </form>
  );
}
