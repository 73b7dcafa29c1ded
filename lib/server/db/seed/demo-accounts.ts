import 'server-only';
import { Role } from '@/lib/generated/prisma/enums';

export const DEMO_DOMAIN = 'demo.comoprogramar.es';

/**
 * The three accounts a person signs in with to try the platform. The passwords are public on
 * purpose (`npm run db:seed` prints them and refuses to run with NODE_ENV=production).
 */
export const DEMO_ACCOUNTS = [
  { email: `alumna@${DEMO_DOMAIN}`, password: 'demo-alumna-2026', role: Role.LEARNER, name: 'Lucía Fernández Gil' },
  { email: `profe@${DEMO_DOMAIN}`, password: 'demo-profe-2026', role: Role.INSTRUCTOR, name: 'Carmen Ruiz Ortega' },
  { email: `admin@${DEMO_DOMAIN}`, password: 'demo-admin-2026', role: Role.ADMIN, name: 'Javier Moreno Sáez' },
] as const;

export type DemoCredential = { email: string; password: string; role: Role };

/** The seed's marker: when this account exists, the demo data is already there. */
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;

// The demo learner is not a member, so a person can try joining with the code.
export const DEMO_COHORT = { name: 'Cohorte demo · otoño 2026', joinCode: 'DEMO-2026' } as const;

export const SYNTHETIC_LEARNER_COUNT = 40;
