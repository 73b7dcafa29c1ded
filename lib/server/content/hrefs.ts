import 'server-only';

/** Every page of the reader lives under /curso; the course home is `/`. */
export const unitHref = (unitSlug: string) => `/curso/${unitSlug}`;
export const lessonHref = (unitSlug: string, lessonSlug: string) => `/curso/${unitSlug}/${lessonSlug}`;
export const pageHref = (pageSlug: string) => `/curso/${pageSlug}`;
