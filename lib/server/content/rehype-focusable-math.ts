import 'server-only';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Display formulas scroll sideways on narrow screens; a keyboard user can only scroll what
 * can take focus, so each one gets tabindex="0" (axe: scrollable-region-focusable).
 */
export function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
