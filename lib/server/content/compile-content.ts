import 'server-only';
import type { ReactElement } from 'react';
import { compileMDX, type MDXRemoteProps } from 'next-mdx-remote/rsc';
import type { ContentHeading } from '@/lib/schemas/content';
import { fillExerciseNumbers } from './exercise-numbers';
import { contentSerializeOptions } from './mdx-options';
import { cacheForProcess } from './process-cache';

export type MdxComponents = NonNullable<MDXRemoteProps['components']>;

export interface CompiledContent {
  content: ReactElement;
  /** The h2 and h3 headings with their ids, in order. */
  headings: ContentHeading[];
}

/** Compiles one MDX body (front-matter already removed) to server-rendered React, its numbers filled in by the engine. */
export async function compileContentNow(source: string, components: MdxComponents): Promise<CompiledContent> {
  const headings: ContentHeading[] = [];
  const { content } = await compileMDX({
    source: fillExerciseNumbers(source),
    components,
    options: contentSerializeOptions((found) => headings.push(...found)),
  });
  return { content, headings };
}

// KaTeX and Shiki make compiling the costly part of a page, so each file compiles once per
// process and components map (the map is a module constant, so in practice once).
const compiled = new WeakMap<object, Map<string, Promise<CompiledContent>>>();

/** `compileContentNow`, cached by `key` (the file's path). */
export function compileContent(key: string, source: string, components: MdxComponents): Promise<CompiledContent> {
  let forComponents = compiled.get(components);
  if (!forComponents) compiled.set(components, (forComponents = new Map()));
  return cacheForProcess(() => compileContentNow(source, components), forComponents)(key);
}
