import { inject } from 'vitest';

// Lets db() and anything else that reads DATABASE_URL use this run's database (tests/support/global-db.ts).
process.env.DATABASE_URL = inject('databaseUrl');
