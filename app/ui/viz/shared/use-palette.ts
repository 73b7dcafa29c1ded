import { useSyncExternalStore } from 'react';
import { currentPalette, lightPalette, type Palette, watchPalette } from '../draw/palette';

/** The drawing palette for the reader's colour scheme, re-rendering when it changes (light on the server). */
export function usePalette(): Palette {
  return useSyncExternalStore(watchPalette, currentPalette, lightPalette);
}
