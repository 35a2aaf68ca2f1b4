// Seeded random streams, one per (seed, lead id, purpose), so a lead can be replayed alone and tells the
// same story as in the bulk run. The generator is SFC32 (Chris Doty-Humphrey's Small Fast Counting
// generator, PractRand-clean to 2^64 bytes). It is hand-written rather than taken from a library because
// its state must live in a shared Uint32Array: 100,000 leads x 2 streams as objects would cost several
// times the engine's heap budget per lead.

export const STREAM_WORDS = 4;

/** splitmix32's finaliser: spreads nearby inputs (consecutive ids) over the whole 32-bit range. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** Seeds stream `slot` of `state` from (seed, id, purpose). */
export function seedStream(
  state: Uint32Array,
  slot: number,
  seed: number,
  id: number,
  purpose: number,
): void {
  const o = slot * STREAM_WORDS;
  const key = mix32(mix32(mix32(seed >>> 0) ^ id) ^ Math.imul(purpose + 1, 0x85ebca6b));
  state[o] = mix32(key);
  state[o + 1] = mix32(key ^ 0x6a09e667);
  state[o + 2] = mix32(key ^ 0xbb67ae85);
  state[o + 3] = 1;
  // The reference seeding discards the first outputs so that similar seeds diverge fully.
  for (let i = 0; i < 12; i++) nextUint32(state, slot);
}

export function nextUint32(state: Uint32Array, slot: number): number {
  const o = slot * STREAM_WORDS;
  let a = state[o]!;
  let b = state[o + 1]!;
  let c = state[o + 2]!;
  const d = state[o + 3]!;
  const t = (((a + b) | 0) + d) | 0;
  state[o + 3] = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  state[o] = a;
  state[o + 1] = b;
  state[o + 2] = c;
  return t >>> 0;
}

/** A uniform number in [0, 1). */
export function uniform(state: Uint32Array, slot: number): number {
  return nextUint32(state, slot) / 4294967296;
}

/** An exponentially distributed waiting time with the given rate (events per unit time). */
export function exponential(state: Uint32Array, slot: number, rate: number): number {
  return -Math.log(1 - uniform(state, slot)) / rate;
}

/** Index drawn from cumulative weights (the last entry is the total). */
export function pickCumulative(state: Uint32Array, slot: number, cumulative: ArrayLike<number>): number {
  const last = cumulative.length - 1;
  const target = uniform(state, slot) * cumulative[last]!;
  for (let i = 0; i < last; i++) if (target < cumulative[i]!) return i;
  return last;
}
