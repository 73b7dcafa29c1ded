import { describe, expect, it } from 'vitest';
import { formatNumber, formatVariable } from '@/lib/exercises';

describe('formatVariable', () => {
  it('prints whole numbers without decimals and the rest with the exercise’s digits', () => {
    expect(formatVariable(2, 3)).toBe('2');
    expect(formatVariable(-1, 2)).toBe('-1');
    expect(formatVariable(0.5, 3)).toBe('0.500');
    expect(formatVariable(2.0004, 3)).toBe('2.000');
  });

  it('never prints a negative zero', () => {
    expect(formatVariable(-0, 2)).toBe('0');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
  });
});
