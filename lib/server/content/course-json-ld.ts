import 'server-only';
import type { Course, UnitEntry } from '@/lib/schemas/content';

/** schema.org `Course` for the home page, so search engines can show the course as one. */
export function courseJsonLd(course: Course, units: readonly UnitEntry[], baseUrl: string): Record<string, unknown> {
  const provider = { '@type': 'Organization', name: course.site, url: `https://${course.site}` };
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: course.description,
    url: `${baseUrl}/`,
    inLanguage: 'es',
    educationalLevel: course.level,
    keywords: course.keywords.join(', '),
    coursePrerequisites: course.prerequisites.map((prerequisite) => prerequisite.text),
    audience: course.audience.map((audienceType) => ({ '@type': 'EducationalAudience', audienceType })),
    teaches: course.objectives,
    provider,
    dateModified: course.updated,
    syllabusSections: units.map((unit) => ({
      '@type': 'Syllabus',
      name: `Unidad ${unit.number}: ${unit.title}`,
      description: unit.sections.map((section) => section.title).join(' · '),
    })),
    hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'online', inLanguage: 'es' },
  };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
