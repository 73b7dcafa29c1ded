import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/server/auth/client-ip';

describe('clientIp', () => {
  it('takes the entry the nearest proxy appended, not the one a client can forge', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }))).toBe('203.0.113.7');
  });

  it('falls back to x-real-ip, then to one shared bucket', () => {
    expect(clientIp({ 'x-real-ip': '203.0.113.9' })).toBe('203.0.113.9');
    expect(clientIp(undefined)).toBe('local');
  });
});
