import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug en minúsculas separadas por guiones');

export const lessonRefSchema = z.object({
  id: z.string().regex(/^u\d+-l\d+-\d+-\d+$/),
  number: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().min(1),
  slug,
  status: z.enum(['written', 'pending']),
});

export const sectionSchema = z.object({
  id: z.string().regex(/^u\d+-s\d+$/),
  number: z.string().regex(/^\d+\.\d+$/),
  title: z.string().min(1),
  lessons: z.array(lessonRefSchema).min(1),
});

export const unitSchema = z.object({
  id: z.string().regex(/^u\d+$/),
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
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type LessonRef = z.infer<typeof lessonRefSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Outline = z.infer<typeof outlineSchema>;
export type Course = z.infer<typeof courseSchema>;
