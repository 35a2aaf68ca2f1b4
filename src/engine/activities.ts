import { ACTIVITY_KINDS, ROLES } from './catalog';
import { ACTIVITY_FLOOR, ACTIVITY_GAIN } from './model';
import { F, RECORD, activitySlot, readinessAtAge, type Population } from './population';
import { exponential, uniform } from './random';

const K = Object.fromEntries(ACTIVITY_KINDS.map((k, i) => [k, i])) as Record<
  (typeof ACTIVITY_KINDS)[number],
  number
>;
const STUDENT = ROLES.indexOf('student');

/** Thinning looks this many days ahead at a time, bounding the rate by the readiness reached by then. */
const LOOKAHEAD_DAYS = 30;

/**
 * Draws the time of the lead's next activity after its last one into its record (Infinity if none before
 * `horizon`). Activity is a Poisson process whose rate follows readiness. It is sampled by thinning against
 * the highest rate the lead can reach in the next LOOKAHEAD_DAYS (readiness only rises until it goes cold),
 * restarting at the end of each look-ahead: a quiet lead costs a few draws rather than one per simulated
 * day. The times go through the record rather than arguments and results, which would box them into
 * fresh heap numbers: this runs for every activity of every lead.
 */
export function drawNextActivity(pop: Population, i: number, horizon: number): void {
  const slot = activitySlot(i);
  const { rec, rng } = pop;
  const r = i * RECORD;
  const base = rec[r + F.baseRate]!;
  const created = rec[r + F.createdAt]!;
  const start = rec[r + F.readiness0]!;
  const gain = rec[r + F.nurtureGain]!;
  const coldAge = rec[r + F.readyAfter]! + rec[r + F.readyWindow]!;
  const peakTime = created + rec[r + F.readyAfter]! + rec[r + F.readyWindow]!;
  let t = rec[r + F.lastActivity]!;
  while (t < horizon) {
    const end = Math.min(horizon, t + LOOKAHEAD_DAYS);
    const peak = Math.max(
      readinessAtAge(t - created, start, gain, coldAge),
      readinessAtAge(Math.min(end, peakTime) - created, start, gain, coldAge),
    );
    const maxRate = base * (ACTIVITY_FLOOR + ACTIVITY_GAIN * peak);
    for (;;) {
      t += exponential(rng, slot, maxRate);
      if (t >= end) break;
      const rate = base * (ACTIVITY_FLOOR + ACTIVITY_GAIN * readinessAtAge(t - created, start, gain, coldAge));
      if (uniform(rng, slot) * maxRate < rate) {
        rec[r + F.nextTime] = t;
        return;
      }
    }
    t = end;
  }
  rec[r + F.nextTime] = Infinity;
}

const weights = new Float64Array(ACTIVITY_KINDS.length);

/** Which activity happens, given readiness: browsing dominates early, buying signals late. */
export function chooseActivity(pop: Population, i: number, readiness: number, unsubscribed: boolean): number {
  const r = readiness;
  const student = pop.role[i] === STUDENT;
  // The total is summed in kind order as the weights are set: this runs for every activity of every lead.
  let total = (weights[K.pageView] = 4);
  total += weights[K.emailOpen] = unsubscribed ? 0 : 3;
  total += weights[K.emailClick] = unsubscribed ? 0 : 0.8 + r;
  total += weights[K.documentDownload] = 0.5 + 1.2 * r;
  total += weights[K.seminar] = 0.2 + 0.6 * r;
  total += weights[K.inquiry] = 0.03 + 0.6 * r * r;
  total += weights[K.pricingView] = 0.1 + 1.6 * r * r;
  total += weights[K.quoteRequest] = 0.01 + 0.7 * r * r * r;
  total += weights[K.careersView] = student ? 0.8 : 0.12;
  total += weights[K.unsubscribe] = unsubscribed ? 0 : 0.06 * (1 - r);
  total += weights[K.hardBounce] = pop.freeMail[i] ? 0.012 : 0.004;
  let target = uniform(pop.rng, activitySlot(i)) * total;
  for (let k = 0; k < weights.length; k++) {
    target -= weights[k]!;
    if (target < 0) return k;
  }
  return weights.length - 1;
}
