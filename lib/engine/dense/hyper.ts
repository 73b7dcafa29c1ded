/**
 * Slots of Network.hyper, the Float64Array that carries real-valued hyper-parameters
 * into the kernels. V8 boxes a floating-point argument of every call it does not inline
 * (a heap allocation); reading them from a typed array instead keeps training steps
 * allocation-free on every engine version.
 */
export const H_LR = 0; // learning rate η
export const H_MOM = 1; // momentum μ
export const H_L1 = 2;
export const H_L2 = 3;
export const H_ALPHA = 4;
/** Scratch slot for a gradient bound handed to the weight guard. */
export const H_GMAX = 5;
/** 1 + Σ|x| of the current input row (≥ max(1, |x_i|)), for the first layer's gradient bound. */
export const H_XMAX = 6;
/** Σ|δ| of the layer below, left by the fused kernel that computed that δ. */
export const H_DNEXT = 7;
export const HYPER_SIZE = 8;
