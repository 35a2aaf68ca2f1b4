import { CHANNELS, COMPANY_SIZES, ROLES, type Channel, type Role } from './catalog';
import {
  CHANNEL_MIX,
  CHANNEL_READINESS,
  COLD_READINESS,
  COMPETITOR_SHARE,
  FREE_MAIL_SHARE,
  MAX_NURTURE_GAIN,
  READY,
  READY_WINDOW_MIN,
  READY_WINDOW_SPAN,
  ROLE_MIX,
  SIZE_MIX,
  STUDENT_FREE_MAIL_SHARE,
  TARGET_INDUSTRY_SHARE,
} from './model';
import { STREAM_WORDS, pickCumulative, seedStream, uniform } from './random';
import type { FitSettings } from './settings';

/** Stream purposes: what a lead does, and how sales treats it, never share draws. */
export const ACTIVITY_STREAM = 0;
export const SALES_STREAM = 1;

const cumulative = (weights: number[]): Float64Array => {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
};
const CHANNEL_CUMULATIVE = cumulative(CHANNELS.map((c) => CHANNEL_MIX[c]));
const ROLE_CUMULATIVE = cumulative(ROLES.map((r) => ROLE_MIX[r]));
const SIZE_CUMULATIVE = cumulative(COMPANY_SIZES.map((s) => SIZE_MIX[s]));
const STUDENT = ROLES.indexOf('student');

/**
 * Leads as columns of typed arrays (about 150 bytes a lead), indexed 0..count-1 and standing for lead ids
 * firstId..firstId+count-1. Attributes and the hidden readiness come only from the lead's own stream.
 */
export class Population {
  readonly count: number;
  readonly firstId: number;
  readonly rng: Uint32Array;
  readonly createdAt: Float64Array;
  readonly channel: Uint8Array;
  readonly role: Uint8Array;
  readonly targetIndustry: Uint8Array;
  readonly size: Uint8Array;
  readonly freeMail: Uint8Array;
  readonly competitor: Uint8Array;
  readonly readiness0: Float32Array;
  readonly nurtureGain: Float32Array;
  readonly readyWindow: Float32Array;
  readonly fit: Float32Array;

  constructor(seed: number, days: number, count: number, firstId = 0) {
    this.count = count;
    this.firstId = firstId;
    this.rng = new Uint32Array(count * 2 * STREAM_WORDS);
    this.createdAt = new Float64Array(count);
    this.channel = new Uint8Array(count);
    this.role = new Uint8Array(count);
    this.targetIndustry = new Uint8Array(count);
    this.size = new Uint8Array(count);
    this.freeMail = new Uint8Array(count);
    this.competitor = new Uint8Array(count);
    this.readiness0 = new Float32Array(count);
    this.nurtureGain = new Float32Array(count);
    this.readyWindow = new Float32Array(count);
    this.fit = new Float32Array(count);
    for (let i = 0; i < count; i++) this.draw(i, seed, days);
  }

  private draw(i: number, seed: number, days: number): void {
    const { rng } = this;
    const s = 2 * i + ACTIVITY_STREAM;
    seedStream(rng, s, seed, this.firstId + i, ACTIVITY_STREAM);
    seedStream(rng, 2 * i + SALES_STREAM, seed, this.firstId + i, SALES_STREAM);
    this.createdAt[i] = uniform(rng, s) * days;
    const channel = pickCumulative(rng, s, CHANNEL_CUMULATIVE);
    const role = pickCumulative(rng, s, ROLE_CUMULATIVE);
    this.channel[i] = channel;
    this.role[i] = role;
    this.targetIndustry[i] = uniform(rng, s) < TARGET_INDUSTRY_SHARE ? 1 : 0;
    this.size[i] = pickCumulative(rng, s, SIZE_CUMULATIVE);
    const student = role === STUDENT;
    this.freeMail[i] = uniform(rng, s) < (student ? STUDENT_FREE_MAIL_SHARE : FREE_MAIL_SHARE) ? 1 : 0;
    this.competitor[i] = uniform(rng, s) < COMPETITOR_SHARE ? 1 : 0;
    this.readiness0[i] = CHANNEL_READINESS[CHANNELS[channel] as Channel] + 0.2 * uniform(rng, s);
    const gain = uniform(rng, s);
    // Students and competitors never buy, however much content they read.
    this.nurtureGain[i] = student || this.competitor[i] ? 0 : MAX_NURTURE_GAIN * gain * gain;
    this.readyWindow[i] = READY_WINDOW_MIN + READY_WINDOW_SPAN * uniform(rng, s);
  }

  /** Fit points from who the lead is: constant for a lead, so computed once per run. */
  scoreFit(fit: FitSettings): void {
    for (let i = 0; i < this.count; i++) {
      this.fit[i] =
        fit.role[ROLES[this.role[i]!] as Role] +
        (this.targetIndustry[i] ? fit.targetIndustry : fit.otherIndustry) +
        fit.size[COMPANY_SIZES[this.size[i]!]!] +
        (this.freeMail[i] ? fit.freeMail : 0) +
        (this.competitor[i] ? fit.competitor : 0);
    }
  }

  /** Days after creation at which the lead becomes ready, or Infinity if it never does. */
  readyAfter(i: number): number {
    const r0 = this.readiness0[i]!;
    if (r0 >= READY) return 0;
    const gain = this.nurtureGain[i]!;
    return gain > 0 ? (READY - r0) / gain : Infinity;
  }

  /** Hidden readiness to buy at simulated time t (days since the start). */
  readiness(i: number, t: number): number {
    const age = t - this.createdAt[i]!;
    if (age <= 0) return this.readiness0[i]!;
    const readyAfter = this.readyAfter(i);
    if (age > readyAfter + this.readyWindow[i]!) return COLD_READINESS;
    return Math.min(1, this.readiness0[i]! + this.nurtureGain[i]! * age);
  }
}
