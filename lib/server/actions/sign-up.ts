'use server';
import 'server-only';
import { headers } from 'next/headers';
import { signUpSchema } from '@/lib/schemas/auth';
import { clientIp } from '@/lib/server/auth/client-ip';
import { consumeRateLimit } from '@/lib/server/auth/rate-limit';
import { createLearner, DuplicateEmailError } from '@/lib/server/data/users';
import { validatedAction } from './validated-action';

const SIGN_UPS_PER_IP_PER_HOUR = 20;

/** Creates a learner account; the form then signs in with the same credentials. */
export const signUp = validatedAction(signUpSchema, async (input) => {
  const ip = clientIp(await headers());
  const limit = await consumeRateLimit(`signup:ip:${ip}`, SIGN_UPS_PER_IP_PER_HOUR, 3600);
  if (!limit.allowed) {
    return { status: 'error', message: 'Se han creado demasiadas cuentas desde esta conexión. Inténtalo dentro de una hora.' };
  }
  try {
    await createLearner(input);
    return { status: 'ok' };
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return {
        status: 'error',
        message: 'Ya existe una cuenta con ese correo. ¿Quieres iniciar sesión?',
        fieldErrors: { email: 'Ya existe una cuenta con ese correo.' },
      };
    }
    throw error;
  }
});
