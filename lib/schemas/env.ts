import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The server's environment. `lib/server/env.ts` parses it at run time, `next.config.ts` at build and start. */
export const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'debe empezar por postgresql://')
      .optional(),
    AUTH_SECRET: optionalString,
    AUTH_URL: optionalString,
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
  })
  .refine((env) => !env.AUTH_SECRET || env.AUTH_SECRET.length >= 32, {
    message: 'debe tener al menos 32 caracteres',
    path: ['AUTH_SECRET'],
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Parses an environment, throwing one readable message that lists every problem. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Configuración no válida:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
