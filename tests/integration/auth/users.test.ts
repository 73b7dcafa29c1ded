import crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { changeUserRole, createLearner, DuplicateEmailError, listUsers, RoleChangeError } from '@/lib/server/data/users';
import { testSession } from '../support/session-mock';

// The data layer checks the session itself; here the session is whoever the test says.
vi.mock('@/lib/server/auth/session', async (original) => (await import('../support/session-mock')).mockSession(original));

async function learner(name = 'Prueba') {
  return createLearner({ name, email: `u-${crypto.randomUUID()}@prueba.es`, password: 'una frase larga y segura' });
}

async function signedInAs(role: SessionUser['role']) {
  const user = await learner(`Sesión ${role}`);
  if (role !== 'LEARNER') await db().user.update({ where: { id: user.id }, data: { role } });
  testSession.current = { id: user.id, email: user.email, name: user.name, role };
  return testSession.current;
}

beforeEach(() => {
  testSession.current = null;
});

describe('createLearner', () => {
  it('stores an argon2id hash, never the password', async () => {
    const user = await learner();
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=3,p=1\$/);
    expect(row.role).toBe('LEARNER');
  });

  it('creates one account when the same email signs up ten times at once', async () => {
    const email = `dup-${crypto.randomUUID()}@prueba.es`;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => createLearner({ name: 'Doble', email, password: 'una frase larga y segura' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DuplicateEmailError);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });
});

describe('changeUserRole', () => {
  it('lets an admin change a role and bumps the session version', async () => {
    const target = await learner();
    await signedInAs('ADMIN');
    const updated = await changeUserRole(target.id, 'INSTRUCTOR');
    expect(updated.role).toBe('INSTRUCTOR');
    const row = await db().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.sessionVersion).toBe(1);
  });

  it('refuses learners, instructors and visitors, and changes nothing', async () => {
    const target = await learner();
    for (const role of ['LEARNER', 'INSTRUCTOR'] as const) {
      await signedInAs(role);
      await expect(changeUserRole(target.id, 'ADMIN')).rejects.toMatchObject({ status: 403 });
    }
    testSession.current = null;
    await expect(changeUserRole(target.id, 'ADMIN')).rejects.toMatchObject({ status: 401 });
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('LEARNER');
  });

  it('does not let an admin change their own role', async () => {
    const admin = await signedInAs('ADMIN');
    await expect(changeUserRole(admin.id, 'LEARNER')).rejects.toBeInstanceOf(RoleChangeError);
  });

  it('says so for an unknown user', async () => {
    await signedInAs('ADMIN');
    await expect(changeUserRole('no-existe', 'LEARNER')).rejects.toThrow('Ese usuario no existe.');
  });
});

describe('listUsers', () => {
  it('is for admins only', async () => {
    await signedInAs('INSTRUCTOR');
    await expect(listUsers({})).rejects.toMatchObject({ status: 403 });
  });

  it('finds users by part of their email or name, without password hashes', async () => {
    const target = await learner('Zacarías Buscable');
    await signedInAs('ADMIN');
    const { users, total } = await listUsers({ query: 'zacarías busc' });
    expect(total).toBeGreaterThanOrEqual(1);
    const found = users.find((u) => u.id === target.id);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('passwordHash');
  });
});
