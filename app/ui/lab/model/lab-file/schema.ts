import { z } from 'zod';
import type { Feature } from '@/lib/engine';
import { LAB_ACTIVATIONS, LAB_DATASETS, LAB_FEATURES, LAB_INITS, LAB_LOSSES, LAB_REGULARIZATIONS, LEARNING_RATES, LIMITS, REG_RATES } from '../lab-state';

/** Format tag and schema version of a saved lab; the network inside carries the engine's own. */
export const LAB_FILE_FORMAT = 'backprop-visual/laboratorio';
export const LAB_FILE_VERSION = 1;

const intIn = (min: number, max: number) => {
  const error = `debe ser un número entero de ${min} a ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
};
const choice = <T extends string>(list: readonly [T, ...T[]]) => z.enum(list, { error: `debe ser uno de: ${list.join(', ')}` });
const listed = (list: readonly number[]) => z.number({ error: 'debe ser un número' }).refine((x) => list.includes(x), { error: `debe ser uno de: ${list.join(', ')}` });

/** Every setting, with the same ranges the controls and links allow. */
export const labSettingsSchema = z.object(
  {
    dataset: choice(LAB_DATASETS),
    noise: intIn(LIMITS.minNoise, LIMITS.maxNoise),
    trainPct: intIn(LIMITS.minTrainPct, LIMITS.maxTrainPct),
    batchSize: intIn(LIMITS.minBatch, LIMITS.maxBatch),
    features: z
      .array(choice(LAB_FEATURES as readonly [Feature, ...Feature[]]), { error: 'debe ser una lista de entradas' })
      .min(1, { error: 'necesita al menos una entrada' })
      .refine((f) => new Set(f).size === f.length, { error: 'no puede repetir entradas' }),
    hidden: z.array(intIn(1, LIMITS.maxNeurons), { error: 'debe ser una lista de tamaños de capa' }).max(LIMITS.maxLayers, { error: `admite como mucho ${LIMITS.maxLayers} capas ocultas` }),
    activation: choice(LAB_ACTIVATIONS),
    learningRate: listed(LEARNING_RATES),
    regularization: choice(LAB_REGULARIZATIONS),
    regRate: listed(REG_RATES),
    problem: choice(['classification', 'regression']),
    init: choice(LAB_INITS),
    loss: choice(LAB_LOSSES),
    seed: intIn(0, LIMITS.maxSeed),
    // Files saved before «Parar en la época» existed have no stopAt: they never stop.
    stopAt: intIn(1, LIMITS.maxStopEpoch).nullable().default(null),
  },
  { error: 'debe ser un objeto con los ajustes del laboratorio' },
);

/** A saved lab: settings (which reproduce the data), the epoch, and the network as the engine writes it. */
export const labFileSchema = z.object(
  {
    format: z.literal(LAB_FILE_FORMAT, { error: `debe ser «${LAB_FILE_FORMAT}» (¿es un archivo del laboratorio?)` }),
    version: z.literal(LAB_FILE_VERSION, { error: `debe ser ${LAB_FILE_VERSION}: este laboratorio lee la versión ${LAB_FILE_VERSION} del formato` }),
    settings: labSettingsSchema,
    epoch: intIn(0, 1e9),
    // Checked field by field by the engine's networkFromJson.
    network: z.record(z.string(), z.unknown(), { error: 'debe ser un objeto con la red' }),
  },
  { error: 'debe ser un objeto JSON con el laboratorio guardado' },
);

export type LabFile = z.infer<typeof labFileSchema>;
