// Public API of the backprop engine: pure TypeScript, no imports from outside lib/engine.
export { EngineError, type EngineErrorCode } from './errors';
export { Rng, type RngState } from './rng';
export { exp } from './math/exp';
export { log } from './math/log';
export { tanh } from './math/tanh';
export { sin, cos } from './math/trig';
export { ACTIVATIONS, DEFAULT_LEAKY_ALPHA, activate, activationDerivative, sigmoid, type Activation } from './activations';
export { LOG_FLOOR, LOSSES, lossValue, type LossName } from './losses';
export { INITS, type InitName } from './init';

export { Value, value, sum, type Operand, type ValueOp, type ValueOptions } from './scalar/value';
export { Trace, type TraceEvent, type ForwardEvent, type BackwardEvent, type Contribution } from './scalar/trace';
export { exportGraph, type GraphExport, type GraphNode, type GraphEdge } from './scalar/graph-export';
export { topologicalOrder } from './scalar/topo';
export { MLP, Layer, Neuron, createMlp, applyActivation, type MlpSpec } from './scalar/mlp';
export { scalarLoss } from './scalar/loss';

export { Network, createNetwork } from './dense/network';
export { DenseLayer } from './dense/layer';
export { createStepReport, type NetworkSpec, type StepOptions, type StepReport, type NonFinite } from './dense/types';
export type { BatchInput, BatchRange } from './dense/train-batch';
export type { LayerStats } from './dense/stats';
export { networkToJson, networkFromJson, NETWORK_FORMAT, NETWORK_VERSION, type NetworkJson } from './dense/serialize';
export { toScalarMlp } from './dense/to-scalar';
export { meanLoss, predictInto } from './dense/evaluate';
export { train, type TrainOptions, type TrainResult, type EpochReport } from './dense/train';

export { makeDataset } from './datasets/make-dataset';
export { splitTrainTest } from './datasets/split';
export { FEATURES, featureTransform, featureValue, toTrainingArrays, type Feature } from './datasets/features';
export { DATASET_KINDS, type Dataset, type DatasetKind, type DatasetOptions, type Point } from './datasets/types';

export { gradientCheck, type GradCheckOptions, type GradCheckResult, type GradCheckEntry } from './tools/grad-check';
export { lossLandscape, type LandscapeAxis, type LossLandscape } from './tools/loss-landscape';
export { accuracy, confusionMatrix, predictedClasses } from './tools/metrics';
export { allParams, type ParamRef } from './tools/params';
