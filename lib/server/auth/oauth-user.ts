import 'server-only';
import { db } from '@/lib/server/db';

export interface OAuthProfile {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  name?: string | null;
}

/**
 * The platform user behind an OAuth account: the linked one, else the account with the
 * same verified email (linked now), else a new learner.
 */
export async function findOrCreateOAuthUser(profile: OAuthProfile) {
  const select = { id: true, email: true, name: true, role: true, sessionVersion: true } as const;
  const linked = await db().oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select } },
  });
  if (linked) return linked.user;

  const email = (profile.email ?? `${profile.providerAccountId}@${profile.provider}.invalid`).toLowerCase();
  const name = (profile.name?.trim() || email.split('@')[0] || 'Estudiante').slice(0, 80);
  return db().user.upsert({
    where: { email },
    update: { oauthAccounts: { create: { provider: profile.provider, providerAccountId: profile.providerAccountId } } },
    create: {
      email,
      name,
      oauthAccounts: { create: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    },
    select,
  });
}
