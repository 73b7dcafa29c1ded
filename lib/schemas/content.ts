import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug en minúsculas separadas por guiones');
const lessonId = z.string().regex(/^u\d+-l\d+-\d+-\d+$/);
const unitId = z.string().regex(/^u\d+$/);
const sectionId = z.string().regex(/^u\d+-s\d+$/);

export const lessonRefSchema = z.object({
  id: lessonId,
  number: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().min(1),
  slug,
  status: z.enum(['written', 'pending']),
});

export const sectionSchema = z.object({
  id: sectionId,
  number: z.string().regex(/^\d+\.\d+$/),
  title: z.string().min(1),
  lessons: z.array(lessonRefSchema).min(1),
});

export const unitSchema = z.object({
  id: unitId,
  number: z.number().int().positive(),
  title: z.string().min(1),
  slug,
  sections: z.array(sectionSchema).min(1),
});

/** content/outline.yaml: the one file that orders units, sections and lessons. */
export const outlineSchema = z.object({ units: z.array(unitSchema).min(1) });

/** content/course.yaml: the course's own data, from the outline's front-matter. */
export const courseSchema = z.object({
  slug,
  title: z.string().min(1),
  site: z.string().min(1),
  description: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
  level: z.string().min(1),
  durationEstimate: z.string().min(1),
  prerequisites: z.array(z.object({ text: z.string().min(1), recommended: z.boolean().default(false) })),
  audience: z.array(z.string().min(1)),
  /** What a learner can do after the course, in a few lines for the home page (the full list is content/pages/objetivos.mdx). */
  objectives: z.array(z.string().min(1)).min(3).max(6),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * Front-matter of content/lessons/u<N>/<id>.mdx. Everything but `summary` and `minutes`
 * repeats the outline, so a test can hold the two together; `order` is the lesson's
 * 1-based place within its section (the last part of its number).
 */
export const lessonFrontmatterSchema = z.strictObject({
  id: lessonId,
  title: z.string().min(1),
  unit: unitId,
  section: sectionId,
  order: z.number().int().positive(),
  summary: z.string().min(40).max(260),
  /** Estimated minutes to read and do the activities, shown as the reading time. */
  minutes: z.number().int().min(1).max(90),
});

/** Front-matter of content/pages/<slug>.mdx: the course's opening and closing pages. */
export const pageFrontmatterSchema = z.strictObject({
  slug,
  title: z.string().min(1),
  description: z.string().min(40).max(260),
  /** Opening pages come before unit 1, closing pages after unit 13. */
  part: z.enum(['apertura', 'cierre']),
  order: z.number().int().positive(),
});

export type LessonRef = z.infer<typeof lessonRefSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Outline = z.infer<typeof outlineSchema>;
export type Course = z.infer<typeof courseSchema>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

/** A lesson as the reader links to it: its outline entry with its place in the course. */
export interface LessonEntry extends LessonRef {
  href: string;
  unit: { id: string; number: number; title: string; slug: string; href: string };
  section: { id: string; number: string; title: string };
  /** 1-based place within its section. */
  order: number;
}

/** A unit with its sections and linked lessons, in course order. */
export interface UnitEntry {
  id: string;
  number: number;
  title: string;
  slug: string;
  href: string;
  sections: { id: string; number: string; title: string; lessons: LessonEntry[] }[];
}

/** One stop on the course's reading path (opening pages, lessons, closing pages). */
export interface ReadingStop {
  href: string;
  title: string;
  /** What kind of stop it is, for the learner: "Lección 1.1.1", "Presentación"… */
  label: string;
}

/** A heading the table of contents can link to. */
export interface ContentHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}
