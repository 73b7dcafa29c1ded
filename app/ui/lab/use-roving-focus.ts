'use client';

import { useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { moveFocus, type FocusTarget } from './model/roving-focus';

/** Attribute carrying a target's index on its element; events are read from it by delegation. */
export const FOCUS_ATTR = 'data-focus-k';

type Target = EventTarget & { closest?: (selector: string) => Element | null };

/**
 * One tab stop for a set of targets, handled by delegation on their container (so the
 * elements themselves carry no handlers and can be memoised): only the active target has
 * tabIndex 0, arrow keys move focus (see moveFocus), Enter, Space or a click activates.
 */
export function useRovingFocus(targets: readonly FocusTarget[], onActivate: (t: FocusTarget) => void, onHover: (t: FocusTarget | null) => void) {
  const [stored, setActive] = useState(0);
  const active = Math.min(stored, targets.length - 1);
  const container = useRef<HTMLDivElement>(null);
  const indexOf = (ev: { target: EventTarget }): number | null => {
    const el = (ev.target as Target).closest?.(`[${FOCUS_ATTR}]`);
    return el ? Number(el.getAttribute(FOCUS_ATTR)) : null;
  };
  const containerProps = {
    ref: container,
    onFocus: (ev: FocusEvent) => {
      const k = indexOf(ev);
      if (k === null) return;
      setActive(k);
      onHover(targets[k]!);
    },
    onBlur: () => onHover(null),
    onMouseOver: (ev: MouseEvent) => {
      const k = indexOf(ev);
      if (k !== null) onHover(targets[k]!);
    },
    onMouseLeave: () => onHover(null),
    onClick: (ev: MouseEvent) => {
      const k = indexOf(ev);
      if (k !== null) onActivate(targets[k]!);
    },
    onKeyDown: (ev: KeyboardEvent) => {
      const k = indexOf(ev);
      if (k === null) return;
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        onActivate(targets[k]!);
        return;
      }
      const next = moveFocus(targets, k, ev.key);
      if (next === null) return;
      ev.preventDefault();
      setActive(next);
      container.current?.querySelector<HTMLElement>(`[${FOCUS_ATTR}="${next}"]`)?.focus();
    },
  };
  return { active, containerProps };
}
