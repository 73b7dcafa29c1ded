import { DEFAULT_SETTINGS, type Hideable, type LabSettings } from './lab-state';

/** A named starting point for lessons and instructor links: settings plus panels hidden by default. */
export interface LabPreset {
  readonly title: string;
  readonly settings: Partial<LabSettings>;
  readonly hide?: readonly Hideable[];
}

export const PRESETS: Record<string, LabPreset> = {
  'xor-2-capas': { title: 'XOR con dos capas ocultas', settings: { dataset: 'xor', hidden: [4, 2], activation: 'tanh', learningRate: 0.03 } },
  'xor-sin-ocultas': { title: 'XOR sin capas ocultas: una recta no basta', settings: { dataset: 'xor', hidden: [], learningRate: 0.03 } },
  'xor-con-producto': { title: 'XOR con la característica x₁x₂', settings: { dataset: 'xor', hidden: [], features: ['x1', 'x2', 'x1x2'], learningRate: 0.03 } },
  'circulo-cuadrados': { title: 'Círculo con x₁² y x₂²', settings: { dataset: 'circle', hidden: [], features: ['x1Squared', 'x2Squared'], learningRate: 0.03 } },
  'gaussianas-lineal': { title: 'Dos gaussianas: basta una neurona', settings: { dataset: 'gauss', hidden: [], learningRate: 0.03 } },
  'espiral-profunda': { title: 'Espiral con una red profunda', settings: { dataset: 'spiral', hidden: [8, 8, 6], activation: 'tanh', learningRate: 0.03, features: ['x1', 'x2', 'sinX1', 'sinX2'], noise: 5 } },
  'relu-muertas': { title: 'Neuronas ReLU muertas con η grande', settings: { dataset: 'circle', hidden: [6, 6], activation: 'relu', learningRate: 1 } },
  'pesos-cero': { title: 'Inicializar a cero: la simetría no se rompe', settings: { dataset: 'circle', hidden: [4, 4], init: 'zeros' } },
  'regresion-plano': { title: 'Regresión sobre un plano', settings: { dataset: 'plane', problem: 'regression', hidden: [2], learningRate: 0.01 } },
  'sigmoide-profunda': { title: 'Seis capas sigmoides: el gradiente se apaga hacia la entrada', settings: { dataset: 'circle', hidden: [6, 6, 6, 6, 6, 6], activation: 'sigmoid', init: 'xavier', learningRate: 0.3 } },
  'relu-profunda': { title: 'Las mismas seis capas con ReLU e inicialización de He', settings: { dataset: 'circle', hidden: [6, 6, 6, 6, 6, 6], activation: 'relu', init: 'he', learningRate: 0.03 } },
  'regresion-eta-grande': { title: 'Regresión con una tasa de aprendizaje demasiado grande', settings: { dataset: 'plane', problem: 'regression', hidden: [3], learningRate: 3 } },
  'demo-inicio': {
    title: 'Una red pequeña aprende un círculo',
    settings: { dataset: 'circle', hidden: [4, 2], activation: 'tanh', learningRate: 0.03, noise: 5 },
    hide: ['datos', 'caracteristicas', 'capas', 'regularizacion', 'problema', 'inicializacion', 'fases', 'gradientes', 'numeros', 'compartir'],
  },
};

/** Default settings with a preset's values on top. */
export function presetSettings(name: string | null): LabSettings {
  const preset = name ? PRESETS[name] : undefined;
  const s = { ...DEFAULT_SETTINGS, ...preset?.settings };
  return { ...s, features: [...s.features], hidden: [...s.hidden] };
}
