import { describe, expect, it } from 'vitest';
import { STREAM_WORDS, exponential, nextUint32, seedStream, uniform } from '../../src/engine/random';

const stream = (seed: number, id: number, purpose = 0) => {
  const state = new Uint32Array(STREAM_WORDS);
  seedStream(state, 0, seed, id, purpose);
  return state;
};
const draws = (state: Uint32Array, n: number) => Array.from({ length: n }, () => nextUint32(state, 0));

describe('seeded random streams', () => {
  it('repeat exactly for the same seed, lead and purpose', () => {
    expect(draws(stream(7, 42), 20)).toEqual(draws(stream(7, 42), 20));
  });

  it('differ between neighbouring seeds, leads and purposes', () => {
    const base = draws(stream(7, 42), 8);
    expect(draws(stream(8, 42), 8)).not.toEqual(base);
    expect(draws(stream(7, 43), 8)).not.toEqual(base);
    expect(draws(stream(7, 42, 1), 8)).not.toEqual(base);
  });

  it('are uniform: a chi-square test over 20 bins passes at the 0.1% level', () => {
    const state = stream(1, 1);
    const bins = new Array<number>(20).fill(0);
    const n = 200_000;
    for (let k = 0; k < n; k++) bins[Math.floor(uniform(state, 0) * 20)]!++;
    const expected = n / 20;
    const chi2 = bins.reduce((sum, b) => sum + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.82); // 19 degrees of freedom, p = 0.001
  });

  it('do not correlate across consecutive lead ids (first draws of 10,000 leads)', () => {
    const firsts = Array.from({ length: 10_000 }, (_, id) => uniform(stream(3, id), 0));
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    let cov = 0;
    for (let k = 1; k < firsts.length; k++) cov += (firsts[k]! - mean) * (firsts[k - 1]! - mean);
    const correlation = cov / (firsts.length - 1) / (1 / 12);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(correlation)).toBeLessThan(0.04);
  });

  it('draw exponential waiting times with the requested mean', () => {
    const state = stream(5, 5);
    const n = 100_000;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += exponential(state, 0, 0.25);
    expect(sum / n).toBeGreaterThan(3.9);
    expect(sum / n).toBeLessThan(4.1);
  });
});
