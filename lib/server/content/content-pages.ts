import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { pageFrontmatterSchema, type PageFrontmatter } from '@/lib/schemas/content';
import { PAGES_DIR, pageFilePath } from './paths';
import { onceForProcess } from './process-cache';
import { splitFrontmatter } from './split-frontmatter';

export interface ContentPage {
  frontmatter: PageFrontmatter;
  body: string;
  file: string;
}

/** Reads and checks one opening or closing page; its file name must be its slug. */
export function readContentPageFile(file: string): ContentPage {
  const { data, body } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  const parsed = pageFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: front-matter no válido: ${parsed.error.message}`);
  if (path.basename(file, '.mdx') !== parsed.data.slug) throw new Error(`${file}: el nombre del archivo debe ser su slug «${parsed.data.slug}»`);
  return { frontmatter: parsed.data, body, file };
}

/** The opening pages in order, then the closing pages in order. */
export const listContentPages = onceForProcess((): ContentPage[] => {
  const files = fs.readdirSync(PAGES_DIR).filter((name) => name.endsWith('.mdx'));
  const part = (page: ContentPage) => (page.frontmatter.part === 'apertura' ? 0 : 1);
  return files
    .map((name) => readContentPageFile(path.join(PAGES_DIR, name)))
    .sort((a, b) => part(a) - part(b) || a.frontmatter.order - b.frontmatter.order);
});

export function getContentPage(slug: string): ContentPage {
  const page = listContentPages().find((candidate) => candidate.frontmatter.slug === slug);
  if (!page) throw new Error(`No existe ${pageFilePath(slug)}`);
  return page;
}
