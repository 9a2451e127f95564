/** Small seedable PRNG (mulberry32) so seeds and fault injection are repeatable. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with labels into a 32-bit stream seed (separate streams stay independent). */
export function streamSeed(seed: number, ...labels: (string | number)[]): number {
  let h = (0x811c9dc5 ^ (seed | 0)) >>> 0;
  for (const ch of labels.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export function hexId(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 3; i++) out += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  return out;
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function apiKey(rng: Rng, length = 48): string {
  let out = '';
  for (let i = 0; i < length; i++) out += KEY_ALPHABET[Math.floor(rng() * KEY_ALPHABET.length)];
  return out;
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
