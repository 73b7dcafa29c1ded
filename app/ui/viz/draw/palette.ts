/** Colours of every drawing, per colour scheme. Signs use blue/orange, safe for colour-blind readers. */
export interface Palette {
  readonly dark: boolean;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly surface: string;
  readonly nodeStroke: string;
  /** Positive weights, the target y, the model line. */
  readonly positive: string;
  /** Negative weights, the prediction ŷ, errors. */
  readonly negative: string;
  readonly negativeFill: string;
  readonly accent: string;
  readonly highlight: string;
  /** Drawn over the colour map: light line with a dark outline, visible on every band. */
  readonly path: string;
  readonly pathOutline: string;
}

const LIGHT: Palette = {
  dark: false,
  text: '#0f172a',
  muted: '#475569',
  grid: '#e2e8f0',
  axis: '#94a3b8',
  surface: '#ffffff',
  nodeStroke: '#475569',
  positive: '#1f5fa8',
  negative: '#c2560a',
  negativeFill: 'rgba(230, 97, 1, 0.22)',
  accent: '#1d62db',
  highlight: '#7c3aed',
  path: '#ffffff',
  pathOutline: '#0f172a',
};

const DARK: Palette = {
  dark: true,
  text: '#e2e8f0',
  muted: '#94a3b8',
  grid: '#1e293b',
  axis: '#475569',
  surface: '#0f172a',
  nodeStroke: '#94a3b8',
  positive: '#6cb4f0',
  negative: '#f5a05a',
  negativeFill: 'rgba(245, 160, 90, 0.25)',
  accent: '#8cc2ff',
  highlight: '#c4b5fd',
  path: '#ffffff',
  pathOutline: '#020617',
};

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The light palette: what the server renders with, before the reader's scheme is known. */
export function lightPalette(): Palette {
  return LIGHT;
}

/** The palette for the reader's colour scheme (light when there is no window, as on the server). */
export function currentPalette(): Palette {
  return typeof window !== 'undefined' && window.matchMedia(DARK_QUERY).matches ? DARK : LIGHT;
}

/** Calls `onChange` when the colour scheme switches; returns the unsubscribe function. */
export function watchPalette(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
