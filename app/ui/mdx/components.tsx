import type { MDXComponents } from 'mdx/types';
import { LiveDemoSlot } from '@/app/ui/course/live-demo-slot';
import { LaboratorioLazy } from '@/app/ui/lab/laboratorio-lazy';
import { CurvaPerdidaLazy } from '@/app/ui/viz/lazy/curva-perdida';
import { DescensoGradienteLazy } from '@/app/ui/viz/lazy/descenso-gradiente';
import { ErrorDistanciaLazy } from '@/app/ui/viz/lazy/error-distancia';
import { Pendiente1DLazy } from '@/app/ui/viz/lazy/pendiente-1d';
import { RedNeuronalLazy } from '@/app/ui/viz/lazy/red-neuronal';
import { SuperficiePerdidaLazy } from '@/app/ui/viz/lazy/superficie-perdida';
import { unitFiveVisuals } from '@/app/ui/viz/lazy/unit-5';
import { unitSixVisuals } from '@/app/ui/viz/lazy/unit-6';
import { unitSevenVisuals } from '@/app/ui/viz/lazy/unit-7';
import { unitEightVisuals } from '@/app/ui/viz/lazy/unit-8';
import { unitNineVisuals } from '@/app/ui/viz/lazy/unit-9';
import { Callout } from './callout';
import { Figure } from './figure';
import { MdxLink } from './mdx-link';
import { PredictAndCheck } from './predict-and-check';
import { ChoiceOption, Explanation } from './question-parts';

/**
 * Figures and visualizations: the names a lesson may use, and the ones that count for the
 * lesson quality bar ("at least one figure or visualization"). To add a visualization from
 * app/ui/viz, import it above and add one line here, e.g.
 *
 *   RedNeuronal: NetworkDiagram,
 *
 * MDX props are text (content carries no JavaScript), so a visualization parses its own
 * props: pesos="0.5 -0.3", semilla="7".
 */
export const visualComponents = {
  Figure,
  DemoEnVivo: LiveDemoSlot,
  Laboratorio: LaboratorioLazy,
  RedNeuronal: RedNeuronalLazy,
  ErrorDistancia: ErrorDistanciaLazy,
  SuperficiePerdida: SuperficiePerdidaLazy,
  DescensoGradiente: DescensoGradienteLazy,
  Pendiente1D: Pendiente1DLazy,
  CurvaPerdida: CurvaPerdidaLazy,
  ...unitFiveVisuals,
  ...unitSixVisuals,
  ...unitSevenVisuals,
  ...unitEightVisuals,
  ...unitNineVisuals,
} satisfies MDXComponents;

/** Everything lessons and pages can use, by the name they use it with. */
export const mdxComponents = {
  a: MdxLink,
  Callout,
  PrediceYComprueba: PredictAndCheck,
  Opcion: ChoiceOption,
  Explicacion: Explanation,
  ...visualComponents,
} satisfies MDXComponents;
