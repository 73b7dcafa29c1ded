import type { Metadata } from 'next';
import { Breadcrumbs } from '@/app/ui/course/breadcrumbs';
import { PageHeading } from '@/app/ui/course/page-heading';
import { PrevNext } from '@/app/ui/course/prev-next';
import { Prose } from '@/app/ui/course/prose';
import { mdxComponents } from '@/app/ui/mdx/components';
import { compileContent } from '@/lib/server/content/compile-content';
import { getContentPage } from '@/lib/server/content/content-pages';
import { pageHref } from '@/lib/server/content/hrefs';
import { neighbours } from '@/lib/server/content/neighbours';
import { countProseWords } from '@/lib/server/content/prose-words';
import { formatMinutes, readingMinutes } from '@/lib/server/content/reading-time';
import { getReadingOrder } from '@/lib/server/content/reading-order';

// Shared by the six opening and closing pages (/curso/objetivos, /curso/glosario…), each a
// static folder of its own so that it wins over the /curso/[unidad] route.

export function contentPageMetadata(slug: string): Metadata {
  const { frontmatter } = getContentPage(slug);
  return { title: frontmatter.title, description: frontmatter.description };
}

export async function ContentPageRoute({ slug }: { slug: string }) {
  const page = getContentPage(slug);
  const { frontmatter } = page;
  const compiled = await compileContent(page.file, page.body, mdxComponents);
  const { previous, next } = neighbours(getReadingOrder(), pageHref(slug));
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs items={[{ label: 'Curso', href: '/' }, { label: frontmatter.title }]} />
      <PageHeading
        eyebrow={frontmatter.part === 'apertura' ? 'Presentación del curso' : 'Para terminar'}
        title={frontmatter.title}
        meta={`Lectura: ${formatMinutes(readingMinutes(countProseWords(page.body)))}`}
      />
      <Prose>{compiled.content}</Prose>
      <PrevNext previous={previous} next={next} />
    </article>
  );
}
