import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCredentials, SIGN_IN_LIMITS } from '@/lib/server/auth/credentials';
import { createLearner } from '@/lib/server/data/users';

const password = 'una frase larga y segura';

async function newLearner() {
  const email = `cred-${crypto.randomUUID()}@prueba.es`;
  await createLearner({ name: 'Prueba', email, password });
  return email;
}

const ip = () => `10.0.${crypto.randomInt(255)}.${crypto.randomInt(255)}-${crypto.randomUUID()}`;

describe('checkCredentials', () => {
  it('accepts the right password, whatever the email case, and returns no hash', async () => {
    const email = await newLearner();
    const outcome = await checkCredentials({ email: email.toUpperCase(), password }, ip());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.user.email).toBe(email);
      expect(outcome.user).not.toHaveProperty('passwordHash');
    }
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const email = await newLearner();
    expect(await checkCredentials({ email, password: 'otra contraseña' }, ip())).toEqual({ ok: false, code: 'invalid' });
    expect(await checkCredentials({ email: `nadie-${crypto.randomUUID()}@prueba.es`, password }, ip())).toEqual({ ok: false, code: 'invalid' });
  });

  it('locks an email after too many failures, even with the right password, from any address', async () => {
    const email = await newLearner();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit; i++) await checkCredentials({ email, password: 'mal' }, ip());
    const outcome = await checkCredentials({ email, password }, ip());
    expect(outcome).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('locks an address that sprays many emails', async () => {
    const address = ip();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.limit; i++) {
      await checkCredentials({ email: `spray-${i}-${crypto.randomUUID()}@prueba.es`, password: 'mal' }, address);
    }
    const email = await newLearner();
    expect(await checkCredentials({ email, password }, address)).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('clears the email counter after a success', async () => {
    const email = await newLearner();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit - 1; i++) await checkCredentials({ email, password: 'mal' }, ip());
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(true);
    expect((await checkCredentials({ email, password: 'mal' }, ip())).ok).toBe(false);
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(true);
  });

  it('rejects malformed input without touching the database', async () => {
    expect(await checkCredentials({ email: 'no-es-correo', password }, ip())).toEqual({ ok: false, code: 'invalid' });
    expect(await checkCredentials(undefined, ip())).toEqual({ ok: false, code: 'invalid' });
  });
});
