import { z } from 'zod';

/** Passwords: long enough to resist guessing, short enough that hashing cannot be abused. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: 'Escribe tu correo electrónico.' })
  .trim()
  .toLowerCase()
  .max(254, 'El correo no puede superar los 254 caracteres.')
  .pipe(z.email({ error: 'Ese correo electrónico no es válido.' }));

export const passwordSchema = z
  .string({ error: 'Escribe una contraseña.' })
  .min(PASSWORD_MIN, `La contraseña debe tener al menos ${PASSWORD_MIN} caracteres.`)
  .max(PASSWORD_MAX, `La contraseña no puede superar los ${PASSWORD_MAX} caracteres.`);

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Escribe tu nombre.' })
    .trim()
    .min(1, 'Escribe tu nombre.')
    .max(80, 'El nombre no puede superar los 80 caracteres.'),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** Sign-in only bounds sizes: a wrong password should read as wrong, not as "too short". */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Escribe tu contraseña.').max(PASSWORD_MAX, 'Correo o contraseña incorrectos.'),
});

export const ROLES = ['LEARNER', 'INSTRUCTOR', 'ADMIN'] as const;
export const roleSchema = z.enum(ROLES, { error: 'Rol desconocido.' });
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  LEARNER: 'Estudiante',
  INSTRUCTOR: 'Docente',
  ADMIN: 'Administración',
};

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: roleSchema,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Escribe tu contraseña actual.').max(PASSWORD_MAX, 'Contraseña actual incorrecta.'),
    newPassword: passwordSchema,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: 'La nueva contraseña debe ser distinta de la actual.',
    path: ['newPassword'],
  });
