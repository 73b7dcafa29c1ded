import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/schemas/env';

describe('parseServerEnv', () => {
  it('treats empty optional variables as unset', () => {
    expect(parseServerEnv({ GITHUB_ID: '', NODE_ENV: 'test' }).GITHUB_ID).toBeUndefined();
  });

  it('lists every problem in one Spanish message', () => {
    expect(() => parseServerEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'corto' })).toThrow(
      /DATABASE_URL: debe empezar por postgresql:\/\/[\s\S]*AUTH_SECRET: debe tener al menos 32 caracteres/,
    );
  });
});
