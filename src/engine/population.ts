import { CHANNELS, COMPANY_SIZES, ROLES, type Channel, type Role } from './catalog';
import {
  CHANNEL_ACTIVITY,
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

/** Stream purposes, mixed into each stream's seed. */
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
 * Where each number of a lead lives in its 128-byte record. The bulk run visits leads day by day, in no
 * locality-friendly order; keeping everything a visit touches in two adjacent cache lines, instead of one
 * array per field, is what keeps 100,000 leads fast.
 */
export const F = {
  createdAt: 0,
  readiness0: 1,
  nurtureGain: 2,
  readyWindow: 3,
  readyAfter: 4,
  fit: 5,
  baseRate: 6,
  nextTime: 7,
  engagement: 8,
  lastActivity: 9,
  mqlTime: 10,
  firstMql: 11,
  // 12..15 hold the two random streams (8 x uint32).
} as const;
export const RECORD = 16;
const STREAM_SLOT = RECORD / 2 - 2; // the activity stream's slot within a record, counted in 4-word slots

/** The random stream slots of lead i: what it does, and how sales treats it, never share draws. */
export const activitySlot = (i: number): number => i * (RECORD / 2) + STREAM_SLOT;
export const salesSlot = (i: number): number => i * (RECORD / 2) + STREAM_SLOT + 1;

/**
 * The leads of one run, indexed 0..count-1 and standing for lead ids firstId..firstId+count-1: a record
 * of numbers each, plus small columns for categorical attributes. Attributes and the hidden readiness
 * come only from the lead's own stream.
 */
export class Population {
  readonly count: number;
  readonly firstId: number;
  readonly rec: Float64Array;
  readonly rng: Uint32Array;
  readonly channel: Uint8Array;
  readonly role: Uint8Array;
  readonly targetIndustry: Uint8Array;
  readonly size: Uint8Array;
  readonly freeMail: Uint8Array;
  readonly competitor: Uint8Array;

  private readonly seed: number;

  constructor(seed: number, days: number, count: number, firstId = 0) {
    this.seed = seed;
    this.count = count;
    this.firstId = firstId;
    this.rec = new Float64Array(count * RECORD);
    this.rng = new Uint32Array(this.rec.buffer);
    this.channel = new Uint8Array(count);
    this.role = new Uint8Array(count);
    this.targetIndustry = new Uint8Array(count);
    this.size = new Uint8Array(count);
    this.freeMail = new Uint8Array(count);
    this.competitor = new Uint8Array(count);
    for (let i = 0; i < count; i++) this.draw(i, seed, days);
  }

  private draw(i: number, seed: number, days: number): void {
    const { rng, rec } = this;
    const s = activitySlot(i);
    const r = i * RECORD;
    seedStream(rng, s, seed, this.firstId + i, ACTIVITY_STREAM);
    rec[r + F.createdAt] = uniform(rng, s) * days;
    const channel = pickCumulative(rng, s, CHANNEL_CUMULATIVE);
    const role = pickCumulative(rng, s, ROLE_CUMULATIVE);
    this.channel[i] = channel;
    this.role[i] = role;
    this.targetIndustry[i] = uniform(rng, s) < TARGET_INDUSTRY_SHARE ? 1 : 0;
    this.size[i] = pickCumulative(rng, s, SIZE_CUMULATIVE);
    const student = role === STUDENT;
    this.freeMail[i] = uniform(rng, s) < (student ? STUDENT_FREE_MAIL_SHARE : FREE_MAIL_SHARE) ? 1 : 0;
    this.competitor[i] = uniform(rng, s) < COMPETITOR_SHARE ? 1 : 0;
    const channelName = CHANNELS[channel] as Channel;
    const readiness0 = CHANNEL_READINESS[channelName] + 0.2 * uniform(rng, s);
    const u = uniform(rng, s);
    // Students and competitors never buy, however much content they read.
    const gain = student || this.competitor[i] ? 0 : MAX_NURTURE_GAIN * u * u;
    rec[r + F.readiness0] = readiness0;
    rec[r + F.nurtureGain] = gain;
    rec[r + F.readyWindow] = READY_WINDOW_MIN + READY_WINDOW_SPAN * uniform(rng, s);
    rec[r + F.readyAfter] = readiness0 >= READY ? 0 : gain > 0 ? (READY - readiness0) / gain : Infinity;
    rec[r + F.baseRate] = CHANNEL_ACTIVITY[channelName];
    rec[r + F.firstMql] = NaN;
  }

  /**
   * The slot of lead i's sales stream, seeded on first use: most leads never reach sales, and seeding
   * is a fair share of a run's time. A seeded stream's counter word is never 0 (it starts at 1 and only
   * counts up), so a zeroed slot means not seeded yet.
   */
  salesStream(i: number): number {
    const slot = salesSlot(i);
    if (this.rng[slot * STREAM_WORDS + 3] === 0) seedStream(this.rng, slot, this.seed, this.firstId + i, SALES_STREAM);
    return slot;
  }

  /** Fit points from who the lead is: constant for a lead, so computed once per run. */
  scoreFit(fit: FitSettings): void {
    for (let i = 0; i < this.count; i++) {
      this.rec[i * RECORD + F.fit] =
        fit.role[ROLES[this.role[i]!] as Role] +
        (this.targetIndustry[i] ? fit.targetIndustry : fit.otherIndustry) +
        fit.size[COMPANY_SIZES[this.size[i]!]!] +
        (this.freeMail[i] ? fit.freeMail : 0) +
        (this.competitor[i] ? fit.competitor : 0);
    }
  }

  get(i: number, field: number): number {
    return this.rec[i * RECORD + field]!;
  }

  set(i: number, field: number, value: number): void {
    this.rec[i * RECORD + field] = value;
  }

  createdAt(i: number): number {
    return this.rec[i * RECORD + F.createdAt]!;
  }

  /** Days after creation at which the lead becomes ready, or Infinity if it never does. */
  readyAfter(i: number): number {
    return this.rec[i * RECORD + F.readyAfter]!;
  }

  /** Hidden readiness to buy at simulated time t (days since the start). */
  readiness(i: number, t: number): number {
    const { rec } = this;
    const r = i * RECORD;
    return readinessAtAge(
      t - rec[r + F.createdAt]!,
      rec[r + F.readiness0]!,
      rec[r + F.nurtureGain]!,
      rec[r + F.readyAfter]! + rec[r + F.readyWindow]!,
    );
  }
}

/**
 * Readiness `age` days after creation: it starts at `start`, rises by `gain` a day, and falls to cold
 * once the lead is `coldAge` days old without having bought.
 */
export function readinessAtAge(age: number, start: number, gain: number, coldAge: number): number {
  if (age <= 0) return start;
  if (age > coldAge) return COLD_READINESS;
  return Math.min(1, start + gain * age);
}
