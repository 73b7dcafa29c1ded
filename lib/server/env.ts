import 'server-only';
import { parseServerEnv } from '@/lib/schemas/env';

/** The one place the server reads its environment. */
export const env = parseServerEnv(process.env);

/** GitHub sign-in is offered only when both of its variables are set. */
export const githubOAuthEnabled = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
