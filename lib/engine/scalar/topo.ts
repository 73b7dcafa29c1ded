import type { Value } from './value';

/**
 * Nodes reachable from `root`, parents before children, in the order of micrograd's
 * recursive build_topo (depth-first, parents in order, post-order), computed with an
 * explicit stack so deep graphs do not overflow the call stack.
 */
export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const visited = new Set<Value>();
  const stack: { node: Value; next: number }[] = [{ node: root, next: 0 }];
  visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.node.parents.length) {
      const parent = top.node.parents[top.next++]!;
      if (!visited.has(parent)) {
        visited.add(parent);
        stack.push({ node: parent, next: 0 });
      }
    } else {
      order.push(top.node);
      stack.pop();
    }
  }
  return order;
}
