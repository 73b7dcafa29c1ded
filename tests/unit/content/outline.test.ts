import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCourse, getOutline } from '@/lib/server/content/load';

// The course outline is the source of truth for titles and order (content/course-outline.md).
const outlineMarkdown = fs.readFileSync(path.join(process.cwd(), 'content/course-outline.md'), 'utf8');

function headings(pattern: RegExp): string[][] {
  return [...outlineMarkdown.matchAll(pattern)].map((match) => match.slice(1));
}

describe('content/outline.yaml', () => {
  const { units } = getOutline();

  it('holds the 13 units of the outline, in order, with their exact titles', () => {
    const expected = headings(/^# Unidad (\d+) — (.+)$/gm).map(([number, title]) => ({ number: Number(number), title }));
    expect(units.map(({ number, title }) => ({ number, title }))).toEqual(expected);
  });

  it('holds the 25 sections of the outline, in order, with their exact titles', () => {
    const expected = headings(/^## (\d+\.\d+) — (.+)$/gm).map(([number, title]) => ({ number, title }));
    const actual = units.flatMap((unit) => unit.sections.map(({ number, title }) => ({ number, title })));
    expect(actual).toEqual(expected);
  });

  it('holds the 77 lessons of the outline, in order, with their exact titles', () => {
    const expected = headings(/^### Lección (\d+\.\d+\.\d+) — (.+)$/gm).map(([number, title]) => ({ number, title }));
    const actual = units.flatMap((unit) => unit.sections.flatMap((section) => section.lessons.map(({ number, title }) => ({ number, title }))));
    expect(expected).toHaveLength(77);
    expect(actual).toEqual(expected);
  });

  it('gives every unit, section and lesson a unique id and every lesson a unique slug within its unit', () => {
    const ids = units.flatMap((unit) => [unit.id, ...unit.sections.flatMap((s) => [s.id, ...s.lessons.map((l) => l.id)])]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const unit of units) {
      const slugs = unit.sections.flatMap((section) => section.lessons.map((lesson) => lesson.slug));
      expect(new Set(slugs).size, unit.id).toBe(slugs.length);
    }
  });

  it('encodes each section and lesson number in its id, so a misplaced or renumbered entry shows', () => {
    for (const unit of units) {
      expect(unit.id).toBe(`u${unit.number}`);
      for (const section of unit.sections) {
        expect(section.id).toBe(`u${unit.number}-s${section.number.split('.')[1]}`);
        for (const lesson of section.lessons) expect(lesson.id).toBe(`u${unit.number}-l${lesson.number.replaceAll('.', '-')}`);
      }
    }
  });

  it('numbers each lesson after the unit and section that hold it', () => {
    for (const unit of units) {
      for (const section of unit.sections) {
        expect(section.number.startsWith(`${unit.number}.`)).toBe(true);
        for (const lesson of section.lessons) expect(lesson.number.startsWith(`${section.number}.`)).toBe(true);
      }
    }
  });
});

describe('content/course.yaml', () => {
  it('carries the front-matter of the outline', () => {
    const course = getCourse();
    expect(outlineMarkdown).toContain(`description: ${course.description}`);
    expect(outlineMarkdown).toContain(`level: ${course.level}`);
    for (const keyword of course.keywords) expect(outlineMarkdown).toContain(`  - ${keyword}`);
  });
});
