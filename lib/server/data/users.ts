import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { roleSchema, type Role, type SignUpInput } from '@/lib/schemas/auth';
import { hashPassword } from '@/lib/server/auth/password';
import { requireRole } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';

export const UserSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.date(),
  lastActiveAt: z.date().nullable(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

const summarySelect = { id: true, email: true, name: true, role: true, createdAt: true, lastActiveAt: true } as const;

export class DuplicateEmailError extends Error {}

/** Creates a learner account; a taken email is a DuplicateEmailError, never a duplicate row. */
export async function createLearner(input: SignUpInput): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: summarySelect,
    });
    return UserSummarySchema.parse(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DuplicateEmailError();
    throw error;
  }
}

export const USERS_PAGE_SIZE = 50;

/** Admins only: one page of users, newest first, optionally filtered by email or name. */
export async function listUsers({ query = '', page = 1 }: { query?: string; page?: number }) {
  await requireRole('ADMIN');
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ email: { contains: query, mode: 'insensitive' } }, { name: { contains: query, mode: 'insensitive' } }] }
    : {};
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: summarySelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { total, users: rows.map((row) => UserSummarySchema.parse(row)) };
}

export class RoleChangeError extends Error {}

/**
 * Admins only: gives a user a new role and bumps their session version, so tokens
 * issued under the old role stop working at once.
 */
export async function changeUserRole(userId: string, role: Role): Promise<UserSummary> {
  const admin = await requireRole('ADMIN');
  if (admin.id === userId) throw new RoleChangeError('No puedes cambiar tu propio rol: pídeselo a otra persona administradora.');
  const existing = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!existing) throw new RoleChangeError('Ese usuario no existe.');
  if (existing.role === role) throw new RoleChangeError('El usuario ya tiene ese rol.');
  const user = await db().user.update({
    where: { id: userId },
    data: { role, sessionVersion: { increment: 1 } },
    select: summarySelect,
  });
  return UserSummarySchema.parse(user);
}
