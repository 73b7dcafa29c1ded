import type { NextConfig } from 'next';
import { parseServerEnv } from './lib/schemas/env';
import { staticSecurityHeaders } from './lib/security-headers';

// Fail the build or the start with a readable message when the environment is wrong.
parseServerEnv(process.env);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // `npm run typecheck` (part of `npm test`) checks types; skipping it here halves `npm start`'s first build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
