import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/lib/schemas/auth';
import { AuthorizationError, requireRole, type SessionUser } from '@/lib/server/auth/session';
import type { ActionState } from '@/lib/schemas/action-state';

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

function formObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formData.entries());
}

/** A form action whose input is parsed with `schema` before `body` runs. No session needed. */
export function validatedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  body: (input: z.infer<S>) => Promise<ActionState<T>>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const parsed = schema.safeParse(formObject(formData));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return { status: 'error', message: Object.values(errors)[0] ?? 'Revisa el formulario.', fieldErrors: errors };
    }
    return body(parsed.data);
  };
}

/**
 * A form action that parses its input, loads the session and checks the role before
 * `body` runs; a page-level check never protects an action on its own.
 */
export function validatedActionWithRole<S extends z.ZodType, T = undefined>(
  roles: Role[],
  schema: S,
  body: (input: z.infer<S>, user: SessionUser) => Promise<ActionState<T>>,
) {
  return validatedAction<S, T>(schema, async (input) => {
    try {
      const user = await requireRole(...roles);
      return await body(input, user);
    } catch (error) {
      if (error instanceof AuthorizationError) return { status: 'error', message: error.message };
      throw error;
    }
  });
}
