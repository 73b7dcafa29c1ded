/** Longest weights parameter a link may carry (the 6 × 8 network with 7 inputs needs 2,310 characters). */
export const MAX_WEIGHTS_CHARS = 4000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes → base64url without padding (RFC 4648 §5). */
export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (padding optional) → bytes, or null if a character is outside the alphabet or the length is impossible. */
export function base64urlToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const c of clean) {
    const v = LOOKUP.get(c);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 255;
    }
    acc &= 0xff;
  }
  return bytes;
}

/** Weights as little-endian float32, base64url: 4 bytes per number, about 5.3 characters. */
export function encodeWeights(weights: ArrayLike<number>): string {
  const buffer = new ArrayBuffer(weights.length * 4);
  const view = new DataView(buffer);
  for (let i = 0; i < weights.length; i++) view.setFloat32(i * 4, weights[i]!, true);
  return bytesToBase64url(new Uint8Array(buffer));
}

export type DecodedWeights = { ok: true; weights: Float32Array } | { ok: false; reason: 'formato' | 'longitud' | 'no-finito' };

/** Inverse of {@link encodeWeights}; checks the count against `expected` and that every number is finite. */
export function decodeWeights(text: string, expected: number): DecodedWeights {
  if (text.length > MAX_WEIGHTS_CHARS) return { ok: false, reason: 'longitud' };
  const bytes = base64urlToBytes(text);
  if (!bytes) return { ok: false, reason: 'formato' };
  if (bytes.length !== expected * 4) return { ok: false, reason: 'longitud' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(expected);
  for (let i = 0; i < expected; i++) {
    const w = view.getFloat32(i * 4, true);
    if (!Number.isFinite(w)) return { ok: false, reason: 'no-finito' };
    weights[i] = w;
  }
  return { ok: true, weights };
}
