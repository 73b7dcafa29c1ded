import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from './db/client';

// One client per process; dev hot reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL no está definida: arranca la plataforma con `npm start` o `npm run dev`.');
  }
  return url;
}

/** The shared Prisma client, created on first use so builds never need a database. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}
