import crypto from 'node:crypto';
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Each test comes from an address of its own (documentation range), as separate learners
 * would; otherwise the suite's sign-ups and sign-ins would trip the per-address limits.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, use) => {
    await use({ 'x-forwarded-for': `198.51.${crypto.randomInt(100, 255)}.${crypto.randomInt(1, 255)}` });
  },
});
