import { describe, expect, it } from 'vitest';
import { focusTargets, moveFocus, targetKey } from '@/app/ui/lab/model/roving-focus';

const sizes = [2, 3, 1];
const targets = focusTargets(sizes);
const at = (key: string) => targets.findIndex((t) => targetKey(t) === key);

describe('roving focus over weights and biases', () => {
  it('lists each unit’s incoming weights then its bias, layer by layer', () => {
    expect(targets).toHaveLength(3 * 2 + 3 + 1 * 3 + 1);
    expect(targets.slice(0, 3).map(targetKey)).toEqual(['w-0-0-0', 'w-0-0-1', 'b-0-0']);
    expect(targetKey(targets[targets.length - 1]!)).toBe('b-1-0');
  });

  it('↑/↓ stay inside the layer, ←/→ change layer at the same relative place', () => {
    expect(moveFocus(targets, 0, 'ArrowUp')).toBe(0);
    expect(moveFocus(targets, 0, 'ArrowDown')).toBe(1);
    expect(moveFocus(targets, at('b-0-2'), 'ArrowDown')).toBe(at('b-0-2'));
    expect(moveFocus(targets, 0, 'ArrowRight')).toBe(at('w-1-0-0'));
    expect(moveFocus(targets, at('b-0-2'), 'ArrowRight')).toBe(at('b-1-0'));
    expect(moveFocus(targets, at('b-1-0'), 'ArrowLeft')).toBe(at('b-0-2'));
    expect(moveFocus(targets, at('b-1-0'), 'ArrowRight')).toBe(at('b-1-0'));
    expect(moveFocus(targets, 0, 'ArrowLeft')).toBe(0);
  });

  it('Home and End jump to the ends; other keys are not handled', () => {
    expect(moveFocus(targets, 5, 'Home')).toBe(0);
    expect(moveFocus(targets, 0, 'End')).toBe(targets.length - 1);
    expect(moveFocus(targets, 0, 'a')).toBeNull();
    expect(moveFocus(targets, 0, 'Tab')).toBeNull();
  });

  it('a network without hidden layers is one layer of targets', () => {
    const single = focusTargets([2, 1]);
    expect(single.map(targetKey)).toEqual(['w-0-0-0', 'w-0-0-1', 'b-0-0']);
    expect(moveFocus(single, 1, 'ArrowRight')).toBe(1);
  });
});
