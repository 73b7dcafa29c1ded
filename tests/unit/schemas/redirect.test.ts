import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/schemas/redirect';

describe('safeReturnPath', () => {
  it.each([
    ['/admin/usuarios?q=a', '/admin/usuarios?q=a'],
    ['https://malo.example/robar', '/'],
    ['//malo.example', '/'],
    ['/\\malo.example', '/'],
    ['javascript:alert(1)', '/'],
    [undefined, '/'],
    ['', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
