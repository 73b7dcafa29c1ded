/**
 * Orthographic view of a height field: the point (u, v, h) in the unit box [−1, 1]² × [0, 1]
 * is turned by `yaw` about the vertical axis and tilted by `pitch` towards the viewer:
 *   x′ = u·cos(yaw) − v·sin(yaw),  y′ = u·sin(yaw) + v·cos(yaw)
 *   screenX = cx + s·x′,  screenY = cy − s·(h·height·cos(pitch) + y′·sin(pitch)),
 *   depth = y′·cos(pitch) − h·height·sin(pitch)   (larger depth is further away).
 */
export interface View3D {
  yaw: number;
  pitch: number;
  /** Pixels per unit of u and v, the screen centre, and how tall h = 1 is in those units. */
  scale: number;
  cx: number;
  cy: number;
  height: number;
}

/** Projects (u, v, h); writes [screenX, screenY, depth] into out at `offset`. */
export function project(view: View3D, u: number, v: number, h: number, out: Float64Array, offset = 0): void {
  const c = Math.cos(view.yaw);
  const s = Math.sin(view.yaw);
  const cp = Math.cos(view.pitch);
  const sp = Math.sin(view.pitch);
  const x = u * c - v * s;
  const y = u * s + v * c;
  const z = h * view.height;
  out[offset] = view.cx + view.scale * x;
  out[offset + 1] = view.cy - view.scale * (z * cp + y * sp);
  out[offset + 2] = y * cp - z * sp;
}

/** The inverse of {@link project}: (u, v, h) from a screen point and its depth. */
export function unproject(view: View3D, screenX: number, screenY: number, depth: number): [number, number, number] {
  const c = Math.cos(view.yaw);
  const s = Math.sin(view.yaw);
  const cp = Math.cos(view.pitch);
  const sp = Math.sin(view.pitch);
  const x = (screenX - view.cx) / view.scale;
  const up = (view.cy - screenY) / view.scale; // z·cp + y·sp
  // Solve [cp sp; −sp cp]·[z; y] = [up; depth] (a rotation, so its inverse is its transpose).
  const z = up * cp - depth * sp;
  const y = up * sp + depth * cp;
  return [x * c + y * s, -x * s + y * c, z / view.height];
}

/**
 * Far-to-near order for drawing the cells of an n × n height field (painter's algorithm):
 * for an orthographic view tilted towards the viewer, cells further along +y′ are further
 * away, so rows and columns are walked in the direction that decreases y′.
 */
export function drawOrder(yaw: number): { iStep: 1 | -1; jStep: 1 | -1 } {
  // y′ grows with u at rate sin(yaw) and with v at rate cos(yaw); start from the far end.
  return { iStep: Math.sin(yaw) > 0 ? -1 : 1, jStep: Math.cos(yaw) > 0 ? -1 : 1 };
}
