import { expect, test } from './support/test';
import { signUp, uniqueEmail } from './support/accounts';

test('pages carry a nonce-based CSP without unsafe-eval and the other security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();

  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(html).toContain(`nonce="${nonce}"`);
});

test('each response gets its own nonce', async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get('/')).headers()['content-security-policy'] ?? '')?.[1];
  expect(await nonceOf()).not.toEqual(await nonceOf());
});

test('the page runs under the CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await signUp(page, { name: 'Carla CSP', email: uniqueEmail('csp'), password: 'una frase larga y segura' });
  expect(violations.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
});

test('session cookies are HttpOnly, Secure and SameSite=Lax', async ({ page, context }) => {
  await signUp(page, { name: 'Galleta', email: uniqueEmail('cookie'), password: 'una frase larga y segura' });
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
});
