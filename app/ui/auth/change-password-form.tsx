'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/schemas/auth';
import type { ActionState } from '@/lib/schemas/action-state';
import { Field } from './field';
import { FormAlert } from './form-alert';

type ChangePasswordAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function ChangePasswordForm({ email, changePassword }: { email: string; changePassword: ChangePasswordAction }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const [pending, startTransition] = useTransition();
  const fieldErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    startTransition(async () => {
      const result = await changePassword({ status: 'idle' }, form);
      if (result.status === 'ok') {
        // The change ended every session, this one included: sign this one back in.
        await signIn('credentials', { email, password: String(form.get('newPassword')), redirect: false });
        formElement.reset();
        router.refresh();
      }
      setState(result);
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={state.status === 'error' ? state.message : null} />
      <FormAlert message={state.status === 'ok' ? state.message : null} tone="ok" />
      <Field label="Contraseña actual" name="currentPassword" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} error={fieldErrors.currentPassword} />
      <Field label="Nueva contraseña" name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} error={fieldErrors.newPassword} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? 'Cambiando…' : 'Cambiar contraseña'}
      </button>
    </form>
  );
}
