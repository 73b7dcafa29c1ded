import type { MetadataRoute } from 'next';
import { listContentPages } from '@/lib/server/content/content-pages';
import { getCourseIndex } from '@/lib/server/content/course-index';
import { coursePaths } from '@/lib/server/content/course-paths';
import { getCourse } from '@/lib/server/content/load';
import { siteUrl } from '@/lib/server/content/site-url';

// Read AUTH_URL when served, not when built: one build runs under any public address.
export const dynamic = 'force-dynamic';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const lastModified = getCourse().updated;
  const pages = listContentPages().map((page) => page.frontmatter);
  return coursePaths(getCourseIndex(), pages).map((path) => ({
    url: `${base}${path}`,
    lastModified,
    priority: path === '/' ? 1 : undefined,
  }));
}
