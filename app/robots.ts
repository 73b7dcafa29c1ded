import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/server/content/site-url';

// Read AUTH_URL when served, not when built.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/mi-progreso'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
