import { describe, expect, it } from 'vitest';
import { signInSchema, signUpSchema } from '@/lib/schemas/auth';

const valid = { name: '  Ana  ', email: ' Ana@Ejemplo.ES ', password: 'una frase larga' };

function firstMessage(input: unknown): string | undefined {
  const parsed = signUpSchema.safeParse(input);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe('signUpSchema', () => {
  it('trims the name and normalises the email to lower case', () => {
    expect(signUpSchema.parse(valid)).toEqual({ name: 'Ana', email: 'ana@ejemplo.es', password: 'una frase larga' });
  });

  it.each([
    [{ ...valid, email: 'sin-arroba' }, 'Ese correo electrónico no es válido.'],
    [{ ...valid, email: `${'a'.repeat(250)}@x.es` }, 'El correo no puede superar los 254 caracteres.'],
    [{ ...valid, password: 'corta' }, 'La contraseña debe tener al menos 10 caracteres.'],
    [{ ...valid, password: 'x'.repeat(129) }, 'La contraseña no puede superar los 128 caracteres.'],
    [{ ...valid, name: '   ' }, 'Escribe tu nombre.'],
    [{ ...valid, name: 'n'.repeat(81) }, 'El nombre no puede superar los 80 caracteres.'],
    [{ email: valid.email, password: valid.password }, 'Escribe tu nombre.'],
  ])('rejects %j with a Spanish message', (input, message) => {
    expect(firstMessage(input)).toBe(message);
  });

  it('keeps the password exactly as typed, spaces included', () => {
    expect(signUpSchema.parse({ ...valid, password: '  con espacios  ' }).password).toBe('  con espacios  ');
  });
});

describe('signInSchema', () => {
  it('accepts a short password, so a wrong one reads as wrong rather than too short', () => {
    expect(signInSchema.safeParse({ email: 'a@b.es', password: 'x' }).success).toBe(true);
  });

  it('refuses a password too long to hash cheaply', () => {
    expect(signInSchema.safeParse({ email: 'a@b.es', password: 'x'.repeat(129) }).success).toBe(false);
  });
});
