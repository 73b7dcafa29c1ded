import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { parse } from 'yaml';
import { courseSchema, outlineSchema, type Course, type Outline } from '@/lib/schemas/content';

const CONTENT_DIR = path.join(process.cwd(), 'content');

function readYaml(file: string): unknown {
  return parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8'));
}

/** The course ordering, checked against its schema; a broken file fails the build, not a page. */
export const getOutline = cache((): Outline => outlineSchema.parse(readYaml('outline.yaml')));

/** The course's title, description, level and audience. */
export const getCourse = cache((): Course => courseSchema.parse(readYaml('course.yaml')));
