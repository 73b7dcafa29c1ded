import type { ReactNode } from 'react';

// Markers read by PredictAndCheck, which takes their props and children apart. Used
// anywhere else they are a content mistake, so they say so instead of rendering nothing.

/** `<Opcion correcta>…</Opcion>`: one answer of a choice question; `correcta` marks the right one. */
export function ChoiceOption(_props: { correcta?: boolean; children?: ReactNode }): ReactNode {
  throw new Error('<Opcion> solo puede ir dentro de <PrediceYComprueba>');
}

/** `<Explicacion>…</Explicacion>`: why the right answer is right, shown after the learner commits. */
export function Explanation(_props: { children?: ReactNode }): ReactNode {
  throw new Error('<Explicacion> solo puede ir dentro de <PrediceYComprueba>');
}
