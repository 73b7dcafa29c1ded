/** What every form action returns to its form: a message and per-field errors, in Spanish. */
export type ActionState<TData = undefined> =
  | { status: 'idle' }
  | { status: 'ok'; message?: string; data?: TData }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string> };
