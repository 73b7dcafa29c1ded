import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url, decodeWeights, encodeWeights } from '@/app/ui/lab/model/weights-codec';

describe('weights codec', () => {
  it('base64url matches Node for every tail length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      const text = bytesToBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Array.from(base64urlToBytes(text)!)).toEqual(Array.from(bytes));
    }
  });

  it('round-trips float32 weights, including negatives and subnormals', () => {
    const w = Float32Array.from([0, -0.5, 1e-40, 3.4e38, -123.456]);
    const d = decodeWeights(encodeWeights(w), w.length);
    expect(d.ok && Array.from(d.weights)).toEqual(Array.from(w));
  });

  it('is compact: 433 weights (the largest lab network) fit in 2,310 characters', () => {
    expect(encodeWeights(new Float32Array(433))).toHaveLength(2310);
  });

  it('reports why a text is rejected', () => {
    expect(decodeWeights('A', 1)).toEqual({ ok: false, reason: 'formato' });
    expect(decodeWeights('a+b/', 1)).toEqual({ ok: false, reason: 'formato' });
    expect(decodeWeights(encodeWeights([1, 2]), 3)).toEqual({ ok: false, reason: 'longitud' });
    expect(decodeWeights(encodeWeights([1, Infinity]), 2)).toEqual({ ok: false, reason: 'no-finito' });
  });
});
