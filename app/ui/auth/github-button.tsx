'use client';
import { signIn } from 'next-auth/react';

export function GitHubButton({ returnTo }: { returnTo: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn('github', { callbackUrl: returnTo })}
      className="w-full rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      Entrar con GitHub
    </button>
  );
}
