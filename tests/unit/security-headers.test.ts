import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only by nonce in production, never eval', () => {
    const csp = contentSecurityPolicy('abc123', { development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("adds 'unsafe-eval' in development only, where React's dev build needs it", () => {
    expect(contentSecurityPolicy('n', { development: true })).toContain("'unsafe-eval'");
  });
});
