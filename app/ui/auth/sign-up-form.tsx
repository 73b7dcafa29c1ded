'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/schemas/auth';
import type { ActionState } from '@/lib/schemas/action-state';
import { Field } from './field';
import { FormAlert } from './form-alert';

type SignUpAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function SignUpForm({ signUp }: { signUp: SignUpAction }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const [pending, startTransition] = useTransition();
  const fieldErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        const result = await signUp({ status: 'idle' }, form);
        if (result.status !== 'ok') {
          setState(result);
          return;
        }
        const signedIn = await signIn('credentials', {
          email: String(form.get('email')),
          password: String(form.get('password')),
          redirect: false,
        });
        if (signedIn?.error) {
          setState({ status: 'error', message: 'Tu cuenta está creada, pero no pudimos iniciar sesión. Entra desde «Entrar».' });
          return;
        }
        router.replace('/');
        router.refresh();
      } catch {
        setState({ status: 'error', message: 'No se pudo crear la cuenta. Comprueba tu conexión y vuelve a intentarlo.' });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert message={state.status === 'error' ? state.message : null} />
      <Field label="Nombre" name="name" autoComplete="name" required maxLength={80} error={fieldErrors.name} />
      <Field label="Correo electrónico" name="email" type="email" autoComplete="email" required maxLength={254} error={fieldErrors.email} />
      <Field
        label="Contraseña"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`Entre ${PASSWORD_MIN} y ${PASSWORD_MAX} caracteres. Una frase larga es más segura que una palabra rara.`}
        error={fieldErrors.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? 'Creando tu cuenta…' : 'Crear cuenta'}
      </button>
    </form>
  );
}
