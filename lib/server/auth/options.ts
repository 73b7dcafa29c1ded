import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { env, githubOAuthEnabled } from '@/lib/server/env';
import { clientIp } from './client-ip';
import { checkCredentials } from './credentials';
import { findOrCreateOAuthUser } from './oauth-user';

const production = env.NODE_ENV === 'production';
// Development and tests get a fixed secret; production must set AUTH_SECRET (npm start does).
const DEV_SECRET = 'solo-para-desarrollo-local-no-usar-en-produccion';

/** What a signed-in token carries: enough to recheck it against the database. */
export interface SessionClaims {
  id: string;
  role: string;
  sv: number;
}

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET ?? (production ? undefined : DEV_SECRET),
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  useSecureCookies: production,
  pages: { signIn: '/entrar', error: '/entrar' },
  providers: [
    CredentialsProvider({
      name: 'correo',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const outcome = await checkCredentials(credentials, clientIp(req?.headers));
        if (outcome.ok) return outcome.user;
        // next-auth hands the thrown message to the sign-in form as its `error` code.
        throw new Error(outcome.code === 'rate-limited' ? `rate-limited:${outcome.retryAfterSeconds}` : 'invalid');
      },
    }),
    ...(githubOAuthEnabled ? [GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! })] : []),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account?.provider === 'github' && profile) {
        const linked = await findOrCreateOAuthUser({
          provider: 'github',
          providerAccountId: account.providerAccountId,
          email: profile.email,
          name: profile.name,
        });
        return { ...token, sub: linked.id, name: linked.name, email: linked.email, role: linked.role, sv: linked.sessionVersion };
      }
      if (user && 'sessionVersion' in user) {
        const fresh = user as unknown as { id: string; role: string; sessionVersion: number };
        return { ...token, sub: fresh.id, role: fresh.role, sv: fresh.sessionVersion };
      }
      return token;
    },
    session({ session, token }) {
      const claims: SessionClaims = { id: token.sub ?? '', role: String(token.role ?? ''), sv: Number(token.sv ?? -1) };
      return { ...session, user: { name: token.name, email: token.email, ...claims } };
    },
  },
};
