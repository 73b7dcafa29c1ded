import { describe, expect, it } from 'vitest';
import { parseNetworkDiagramProps } from '@/app/ui/viz/model/network-props';
import { choiceProp, numberListProp, numberProp, readNumber, seedProp } from '@/app/ui/viz/model/props';
import { parseDescentProps, parseErrorDistanceProps, parseLossCurveProps, parseSlopeProps, parseSurfaceProps } from '@/app/ui/viz/model/viz-props';

describe('prop readers', () => {
  it('reads decimals written with a comma, a point or a true minus sign', () => {
    expect(readNumber('0,5')).toBe(0.5);
    expect(readNumber(' -1.25 ')).toBe(-1.25);
    expect(readNumber('−2')).toBe(-2);
    expect(readNumber('2e-3')).toBe(0.002);
  });

  it('rejects text, empty strings, infinities and missing props', () => {
    for (const bad of ['', 'abc', '1/2', 'Infinity', 'NaN', '1e999', '0x10', undefined]) expect(readNumber(bad)).toBeNull();
  });

  it('falls back when a number is out of range or not a number', () => {
    expect(numberProp('5', 0.1, 0, 2)).toBe(0.1);
    expect(numberProp('hola', 0.1, 0, 2)).toBe(0.1);
    expect(numberProp('1,5', 0.1, 0, 2)).toBe(1.5);
  });

  it('truncates seeds and refuses unsafe integers', () => {
    expect(seedProp('7.9', 1)).toBe(7);
    expect(seedProp('1e20', 1)).toBe(1);
    expect(seedProp(undefined, 3)).toBe(3);
  });

  it('matches choices ignoring case and spaces, else the fallback', () => {
    expect(choiceProp(' TANH ', ['tanh', 'relu'] as const, 'relu')).toBe('tanh');
    expect(choiceProp('softmax', ['tanh', 'relu'] as const, 'relu')).toBe('relu');
  });

  it('reads lists whole or not at all', () => {
    const rules = { minLength: 2, maxLength: 4, min: 1, max: 6, integer: true };
    expect(numberListProp('2 3 1', [9], rules)).toEqual([2, 3, 1]);
    expect(numberListProp('2,3,1', [9], rules)).toEqual([2, 3, 1]);
    expect(numberListProp('2 3.5 1', [9], rules)).toEqual([9]);
    expect(numberListProp('2 0 1', [9], rules)).toEqual([9]);
    expect(numberListProp('2', [9], rules)).toEqual([9]);
    expect(numberListProp('0,5 -1', [9], { minLength: 2, maxLength: 2, min: -10, max: 10 })).toEqual([0.5, -1]);
  });
});

describe('RedNeuronal props', () => {
  it('uses the documented defaults when nothing is given', () => {
    expect(parseNetworkDiagramProps({})).toEqual({ sizes: [2, 3, 1], activation: 'sigmoid', seed: 7, inputs: [0.5, -1], mode: 'forward' });
  });

  it('keeps good props and replaces bad ones one by one', () => {
    const config = parseNetworkDiagramProps({ capas: '3 2', activacion: 'swish', semilla: 'x', entrada: '1 2 3', modo: 'estatico' });
    expect(config).toEqual({ sizes: [3, 2], activation: 'sigmoid', seed: 7, inputs: [1, 2, 3], mode: 'estatico' });
  });

  it('builds default inputs that match the number of input units when entrada does not', () => {
    expect(parseNetworkDiagramProps({ capas: '3 1', entrada: '0.5 -1' }).inputs).toEqual([0.5, -1, 0.5]);
    expect(parseNetworkDiagramProps({ capas: '2 99 1' }).sizes).toEqual([2, 3, 1]);
  });
});

describe('the other visualizations’ props', () => {
  it('ErrorDistancia', () => {
    expect(parseErrorDistanceProps({ dimension: '2', semilla: '4' })).toEqual({ dimension: '2', seed: 4 });
    expect(parseErrorDistanceProps({ dimension: '3' })).toEqual({ dimension: '1', seed: 3 });
  });

  it('SuperficiePerdida', () => {
    expect(parseSurfaceProps({})).toEqual({ view: 'ambas', seed: 5, eta: 0.1 });
    expect(parseSurfaceProps({ vista: '3D', tasa: '-1' })).toEqual({ view: '3d', seed: 5, eta: 0.1 });
  });

  it('DescensoGradiente', () => {
    expect(parseDescentProps({})).toEqual({ rates: [0.02, 0.4, 1.05], seed: 11, curve: 'cuadratica' });
    expect(parseDescentProps({ tasas: '0.1 0.2', funcion: 'minimos-locales' }).rates).toEqual([0.02, 0.4, 1.05]);
    expect(parseDescentProps({ funcion: 'minimos-locales' }).curve).toBe('minimos-locales');
  });

  it('Pendiente1D keeps the start inside the curve’s domain', () => {
    expect(parseSlopeProps({})).toEqual({ curve: 'cuadratica', eta: 0.1, start: 3 });
    expect(parseSlopeProps({ funcion: 'minimos-locales', inicio: '40' }).start).toBe(0.5);
    expect(parseSlopeProps({ funcion: 'minimos-locales', inicio: '-2,5' }).start).toBe(-2.5);
  });

  it('CurvaPerdida needs two inputs and one output', () => {
    expect(parseLossCurveProps({})).toEqual({ sizes: [2, 4, 1], activation: 'tanh', eta: 0.5, epochs: 300, seed: 1, data: 'xor' });
    expect(parseLossCurveProps({ capas: '3 4 1' }).sizes).toEqual([2, 4, 1]);
    expect(parseLossCurveProps({ capas: '2 8 8 1', datos: 'circulo', epocas: '1e9' })).toMatchObject({ sizes: [2, 8, 8, 1], data: 'circulo', epochs: 300 });
  });
});
