import type { LifecycleEvent } from '../lifecycle/events';
import type { LifecycleSettings } from '../lifecycle/guards';
import { STAGES, stageIndex } from '../lifecycle/stages';
import { createTableStepper, type Step } from '../lifecycle/table';
import { chooseActivity, drawNextActivity } from './activities';
import { ACTIVITY_KINDS, CHANNELS, ROLES, type RejectReason } from './catalog';
import { newTally, summarise, type Tally } from './metrics';
import {
  ACCEPT_BASE,
  ACCEPT_GAIN,
  CHANNEL_FIRST_ACTIVITY,
  CLOSE_DAYS,
  OPEN_BASE,
  OPEN_DAYS,
  OPEN_GAIN,
  QUALIFY_DAYS,
  QUALIFY_IF_READY,
  REACH_FLOOR,
  READY,
  WIN_BASE,
  WIN_GAIN,
} from './model';
import { F, Population, RECORD, readinessAtAge } from './population';
import { uniform } from './random';
import { compileScoring, scoreActivity, type CompiledScoring } from './scoring';
import type { Settings } from './settings';
import type { LeadTrace, SimulationResult, Stepper } from './types';

const S = STAGES.length;
const LEAD = stageIndex('lead');
const MQL = stageIndex('mql');
const SAL = stageIndex('sal');
const SQL = stageIndex('sql');
const OPPORTUNITY = stageIndex('opportunity');
const RECYCLED = stageIndex('recycled');
const DONE = [stageIndex('won'), stageIndex('lost'), stageIndex('disqualified')];
const NOT_CREATED = 255;
const HARD_BOUNCE = ACTIVITY_KINDS.indexOf('hardBounce');
const UNSUBSCRIBE = ACTIVITY_KINDS.indexOf('unsubscribe');
const STUDENT = ROLES.indexOf('student');
const STAFF = ROLES.indexOf('staff');
const FIRST_ACTIVITY = CHANNELS.map((c) => {
  const kind = CHANNEL_FIRST_ACTIVITY[c];
  return kind === null ? -1 : ACTIVITY_KINDS.indexOf(kind);
});

const FLAG_UNSUBSCRIBED = 1;
const FLAG_BREACHED = 2;
const FLAG_CAUGHT = 4;

/** When sales picks up waiting MQLs. The bulk run uses daily capacity; a replay uses recorded pickups. */
export type PickupPolicy = (day: number, waiting: readonly number[], run: Run) => void;

/** Sales works the queue oldest first, spreading the day's capacity over the day. */
export const fifoCapacity: PickupPolicy = (day, waiting, run) => {
  const capacity = run.settings.sales.capacityPerDay;
  const n = Math.min(capacity, waiting.length);
  for (let k = 0; k < n; k++) {
    const i = waiting[k]!;
    const contactAt = day + (k + 0.5) / capacity;
    run.pickup(i, day, Math.max(run.settings.sales.minResponseHours, (contactAt - run.pop.get(i, F.mqlTime)) * 24));
  }
};

export interface RunOptions {
  /** Lead ids whose stories to record. */
  trace?: readonly number[];
  /** Run only these ids (a replay of one lead uses firstId = its id, count = 1). */
  firstId?: number;
  count?: number;
  stepper?: (settings: LifecycleSettings, count: number) => Stepper;
  pickupPolicy?: PickupPolicy;
  /** Record day-by-day stages of about this many leads, evenly spread, for drawing them as dots. */
  sample?: number;
  /** Called every few simulated days with the share of the period done. */
  onProgress?: (done: number) => void;
}

/** How often (in simulated days) a run reports progress. */
const PROGRESS_EVERY_DAYS = 10;

export const lifecycleSettingsOf = (settings: Settings): LifecycleSettings => ({
  rule: settings.scoring.rule,
  disqualifyReasons: settings.sales.disqualifyReasons,
});

export const tableStepper = (settings: LifecycleSettings): Stepper => {
  const step = createTableStepper(settings);
  return { send: (_lead, stage, event) => step(stage, event) };
};

/** One simulation: the population, every lead's moving parts, and the figures being accumulated. */
export class Run {
  readonly settings: Settings;
  readonly pop: Population;
  private readonly stepper: Stepper;
  private readonly scoring: CompiledScoring;
  private readonly days: number;
  readonly stage: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly reachedMask: Uint16Array;
  /** How often each lead did each activity (lead-major, ACTIVITY_KINDS.length a lead); read by the CSV export. */
  readonly activityCount: Uint16Array;
  private readonly mqlDay: Int16Array;
  /** The day the main loop next has to look at a lead, or -1. */
  private readonly wakeDay: Int16Array;
  /** Per day, the leads to look at then: visiting only those beats scanning every lead every day. */
  private readonly wakeLists: number[][];
  // Sales' calendar: per day, a linked list of the leads whose next sales step is due that day.
  private readonly salesHead: Int32Array;
  private readonly salesNext: Int32Array;
  private waiting: number[] = [];
  private readonly traces: Map<number, LeadTrace>;
  /** Most runs trace nobody; this keeps the per-activity cost of tracing to one test. */
  private readonly tracing: boolean;
  private readonly sampleStride: number;
  /** Per sampled lead: its transitions as (day, stage) pairs, in order. */
  private readonly sampleLog: number[][];
  private readonly onProgress: ((done: number) => void) | undefined;
  private readonly scratchActivity = { type: 'activity', kind: 'pageView', fit: 0, engagement: 0 };

  private readonly stageDelta: Int32Array;
  private readonly createdDelta: Int32Array;
  private readonly firstMqlDelta: Int32Array;
  private readonly flows = new Int32Array(S * S);
  private readonly tally: Tally = newTally();

  constructor(settings: Settings, options: RunOptions = {}) {
    this.settings = settings;
    const count = options.count ?? settings.population;
    const days = (this.days = settings.days);
    this.pop = new Population(settings.seed, days, count, options.firstId ?? 0);
    this.pop.scoreFit(settings.scoring.fit);
    this.scoring = compileScoring(settings.scoring);
    this.stepper = (options.stepper ?? tableStepper)(lifecycleSettingsOf(settings), count);
    this.stage = new Uint8Array(count).fill(NOT_CREATED);
    this.flags = new Uint8Array(count);
    this.reachedMask = new Uint16Array(count);
    this.activityCount = new Uint16Array(count * ACTIVITY_KINDS.length);
    this.mqlDay = new Int16Array(count);
    this.wakeDay = new Int16Array(count);
    this.wakeLists = Array.from({ length: days }, () => []);
    this.stageDelta = new Int32Array(days * S);
    this.createdDelta = new Int32Array(days);
    this.firstMqlDelta = new Int32Array(days);
    this.salesHead = new Int32Array(days).fill(-1);
    this.salesNext = new Int32Array(count);
    this.traces = new Map(
      (options.trace ?? [])
        .filter((id) => id >= this.pop.firstId && id < this.pop.firstId + count)
        .map((id) => [id - this.pop.firstId, { id, activities: [], transitions: [], pickups: [] }]),
    );
    this.tracing = this.traces.size > 0;
    const sample = Math.min(options.sample ?? 0, count);
    this.sampleStride = sample > 0 ? Math.ceil(count / sample) : 0;
    this.sampleLog = this.sampleStride ? Array.from({ length: Math.ceil(count / this.sampleStride) }, () => []) : [];
    this.onProgress = options.onProgress;
    for (let i = 0; i < count; i++) {
      this.wakeAt(i, this.pop.createdAt(i));
    }
  }

  private send(i: number, day: number, event: LifecycleEvent): Step | null {
    // Sales acts at the end of the day: first score what the lead did up to then.
    if (event.type !== 'activity' && event.type !== 'disqualify') this.catchUp(i, day + 1);
    const from = this.stage[i]!;
    const step = this.stepper.send(i, from, event);
    if (step === null) return null;
    const to = step.to;
    this.flows[from * S + to]!++;
    this.stageDelta[day * S + from]!--;
    this.stageDelta[day * S + to]!++;
    this.stage[i] = to;
    this.reachedMask[i]! |= 1 << to;
    if (this.tracing) this.traces.get(i)?.transitions.push({ ...step, day, event: event.type });
    if (this.sampleStride && i % this.sampleStride === 0) this.sampleLog[i / this.sampleStride]!.push(day, to);
    if (to === MQL && from !== MQL) this.enterMql(i, day);
    else if (to === MQL) this.tally.slaBreaches++;
    else if (to === RECYCLED) this.recycle(i);
    return step;
  }

  private enterMql(i: number, day: number): void {
    // Only an activity makes an MQL, so the lead's last activity is the moment it crossed.
    const t = this.pop.get(i, F.lastActivity);
    this.pop.set(i, F.mqlTime, t);
    this.mqlDay[i] = day;
    this.flags[i]! &= ~FLAG_BREACHED;
    if (Number.isNaN(this.pop.get(i, F.firstMql))) {
      this.pop.set(i, F.firstMql, t);
      this.firstMqlDelta[day]!++;
    }
    this.tally.mqlEvents++;
    if (this.pop.readiness(i, t) >= READY) {
      this.tally.readyMqlEvents++;
      this.flags[i]! |= FLAG_CAUGHT;
    }
  }

  private recycle(i: number): void {
    const { recycle } = this.settings.sales;
    this.pop.set(i, F.engagement, recycle.mode === 'reset' ? 0 : this.pop.get(i, F.engagement) * recycle.keep);
    // Back with marketing: the lead runs on its own clock again from its next activity.
    this.wakeAt(i, this.pop.get(i, F.nextTime));
  }

  private create(i: number): void {
    const t = this.pop.createdAt(i);
    this.stage[i] = LEAD;
    this.stageDelta[Math.floor(t) * S + LEAD]!++;
    this.createdDelta[Math.floor(t)]!++;
    this.reachedMask[i] = 1 << LEAD;
    if (this.sampleStride && i % this.sampleStride === 0) this.sampleLog[i / this.sampleStride]!.push(Math.floor(t), LEAD);
    this.pop.set(i, F.lastActivity, t);
    const first = FIRST_ACTIVITY[this.pop.channel[i]!]!;
    if (first >= 0) this.activity(i, t, first);
    this.scheduleActivity(i);
  }

  /** The lead's next activity after its last one, or none once its story has ended. */
  private scheduleActivity(i: number): void {
    if (this.isDone(i)) this.pop.set(i, F.nextTime, Infinity);
    else drawNextActivity(this.pop, i, this.days);
  }

  private activity(i: number, t: number, kind: number): void {
    const K = ACTIVITY_KINDS.length;
    const name = ACTIVITY_KINDS[kind]!;
    const previous = this.activityCount[i * K + kind]!;
    if (previous < 65535) this.activityCount[i * K + kind] = previous + 1;
    const { points, engagement } = scoreActivity(
      this.scoring,
      kind,
      previous,
      this.pop.get(i, F.engagement),
      t - this.pop.get(i, F.lastActivity),
    );
    this.pop.set(i, F.engagement, engagement);
    this.pop.set(i, F.lastActivity, t);
    const fit = this.pop.get(i, F.fit);
    if (this.tracing) this.traces.get(i)?.activities.push({ time: t, kind: name, points, fit, engagement });
    const day = Math.floor(t);
    if (kind === UNSUBSCRIBE) this.flags[i]! |= FLAG_UNSUBSCRIBED;
    if (kind === HARD_BOUNCE) {
      this.send(i, day, { type: 'disqualify', reason: 'hard_bounce' });
      return;
    }
    const event = this.scratchActivity as LifecycleEvent & { type: 'activity' };
    event.kind = name;
    event.fit = fit;
    event.engagement = engagement;
    this.send(i, day, event);
  }

  private isDone(i: number): boolean {
    const stage = this.stage[i]!;
    return stage === DONE[0] || stage === DONE[1] || stage === DONE[2];
  }

  private chooseKind(i: number, t: number): number {
    const unsubscribed = (this.flags[i]! & FLAG_UNSUBSCRIBED) !== 0;
    return chooseActivity(this.pop, i, this.pop.readiness(i, t), unsubscribed);
  }

  private sampled(): SimulationResult['sample'] {
    return expandSample(this.pop, this.sampleStride, this.sampleLog, this.days);
  }

  private wakeAt(i: number, t: number): void {
    const day = t < this.days ? Math.floor(t) : -1;
    this.wakeDay[i] = day;
    if (day >= 0) this.wakeLists[day]!.push(i);
  }

  /**
   * While marketing owns a lead (Lead, Nurturing, Recycled) nothing else can touch it, so it runs ahead on
   * its own clock until it becomes an MQL, one lead at a time: far kinder to the memory cache than
   * visiting every lead every day. It joins sales' queue on the day it crossed.
   */
  private wake(i: number, day: number): void {
    if (this.stage[i] === NOT_CREATED) this.create(i);
    else if (this.stage[i] === MQL) {
      this.waiting.push(i);
      this.wakeDay[i] = -1;
      return;
    }
    const { pop } = this;
    for (let t = pop.get(i, F.nextTime); this.stage[i] !== MQL && !this.isDone(i) && t < this.days; t = pop.get(i, F.nextTime)) {
      this.activity(i, t, this.chooseKind(i, t));
      this.scheduleActivity(i);
    }
    if (this.stage[i] !== MQL) this.wakeDay[i] = -1;
    else if (this.mqlDay[i] === day) {
      this.waiting.push(i);
      this.wakeDay[i] = -1;
    } else this.wakeAt(i, this.mqlDay[i]!);
  }

  /** Scores what a lead sales is working did before `until`: it moves no stage, but counts at recycling. */
  private catchUp(i: number, until: number): void {
    const { pop } = this;
    for (let t = pop.get(i, F.nextTime); t < until && !this.isDone(i); t = pop.get(i, F.nextTime)) {
      this.activity(i, t, this.chooseKind(i, t));
      this.scheduleActivity(i);
    }
  }

  private wakeLeads(day: number): void {
    const list = this.wakeLists[day]!;
    this.wakeLists[day] = [];
    // Leads are woken in id order, as sales' queue is first come, first served within a day.
    list.sort((a, b) => a - b);
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      // A lead rescheduled since it was listed, or listed twice, is woken once, on its current day.
      if (this.wakeDay[i] === day && list[k - 1] !== i) this.wake(i, day);
    }
  }

  private salesDraw(i: number): number {
    return uniform(this.pop.rng, this.pop.salesStream(i));
  }

  private spendHours(hours: number, readiness: number): void {
    this.tally.hours += hours;
    if (readiness < READY) this.tally.wastedHours += hours;
  }

  private reject(i: number, day: number, reason: RejectReason, atMql: boolean): void {
    this.tally.rejectReasons[reason]++;
    if (atMql) this.tally.rejectedAtMql++;
    this.send(i, day, { type: 'sales.reject', reason });
  }

  /** Why a reached lead that sales does not want says no: who they are decides what they say. */
  private refusal(i: number, readiness: number): RejectReason {
    const u = this.salesDraw(i);
    if (this.pop.role[i] === STAFF && u < 0.6) return 'no_authority';
    if (this.pop.size[i] === 0 && u < 0.5) return 'no_budget';
    return readiness < 0.3 ? 'no_need' : 'no_timeline';
  }

  /** Sales' first contact with a waiting MQL, `delayHours` after it became one. */
  pickup(i: number, day: number, delayHours: number): void {
    const { sales } = this.settings;
    if (this.tracing) this.traces.get(i)?.pickups.push({ day, delayHours });
    if (delayHours > sales.slaHours && !(this.flags[i]! & FLAG_BREACHED)) this.breach(i, day);
    const readiness = this.pop.readiness(i, this.pop.get(i, F.mqlTime) + delayHours / 24);
    this.tally.contacts++;
    this.spendHours(sales.hoursPerContact, readiness);
    const reach = REACH_FLOOR + (1 - REACH_FLOOR) * Math.pow(0.5, delayHours / sales.speedHalfLifeHours);
    const reachDraw = this.salesDraw(i);
    const acceptDraw = this.salesDraw(i);
    if (this.pop.competitor[i]) return this.reject(i, day, 'competitor', true);
    if (this.pop.role[i] === STUDENT || (!this.pop.targetIndustry[i] && this.pop.size[i] === 0)) {
      return this.reject(i, day, 'not_in_icp', true);
    }
    if (reachDraw >= reach) return this.reject(i, day, 'no_response', true);
    if (acceptDraw >= ACCEPT_BASE + ACCEPT_GAIN * readiness) {
      return this.reject(i, day, this.refusal(i, readiness), true);
    }
    this.tally.accepted++;
    this.spendHours(sales.hoursPerSal, readiness);
    this.send(i, day, { type: 'sales.accept' });
    this.scheduleSales(i, day, QUALIFY_DAYS);
  }

  private breach(i: number, day: number): void {
    this.flags[i]! |= FLAG_BREACHED;
    this.send(i, day, { type: 'sla.expire' });
  }

  private scheduleSales(i: number, day: number, wait: { min: number; span: number }): void {
    const due = day + wait.min + Math.floor(this.salesDraw(i) * wait.span);
    if (due >= this.days) return;
    this.salesNext[i] = this.salesHead[due]!;
    this.salesHead[due] = i;
  }

  /** The next step of a lead sales is working: SAL -> SQL, SQL -> opportunity, opportunity -> closed. */
  private runSales(day: number): void {
    let i = this.salesHead[day]!;
    while (i >= 0) {
      const next = this.salesNext[i]!;
      const readiness = this.pop.readiness(i, day + 0.5);
      const u = this.salesDraw(i);
      const stage = this.stage[i]!;
      if (stage === SAL) {
        if (readiness >= READY && u < QUALIFY_IF_READY) {
          this.send(i, day, { type: 'qualify' });
          this.scheduleSales(i, day, OPEN_DAYS);
        } else this.reject(i, day, this.refusal(i, readiness), false);
      } else if (stage === SQL) {
        if (u < OPEN_BASE + OPEN_GAIN * readiness) {
          this.send(i, day, { type: 'opportunity.open' });
          this.scheduleSales(i, day, CLOSE_DAYS);
        } else this.send(i, day, { type: 'recycle', reason: 'stalled' });
      } else if (stage === OPPORTUNITY) {
        this.send(i, day, { type: u < WIN_BASE + WIN_GAIN * readiness ? 'deal.win' : 'deal.lose' });
      }
      i = next;
    }
  }

  /** MQLs still waiting at the end of the day: SLA breaches, and those left so long they go back. */
  private reviewWaiting(day: number): void {
    const { sales } = this.settings;
    const still: number[] = [];
    for (const i of this.waiting) {
      if (this.stage[i] !== MQL) continue;
      if (!(this.flags[i]! & FLAG_BREACHED) && (day + 1 - this.pop.get(i, F.mqlTime)) * 24 > sales.slaHours) {
        this.breach(i, day);
      }
      if (day + 1 - this.mqlDay[i]! >= sales.abandonAfterDays) {
        this.send(i, day, { type: 'recycle', reason: 'not_followed_up' });
      } else still.push(i);
    }
    this.waiting = still;
  }

  run(pickupPolicy: PickupPolicy = fifoCapacity): SimulationResult {
    const { days, pop } = this;
    for (let day = 0; day < days; day++) {
      this.wakeLeads(day);
      this.runSales(day);
      pickupPolicy(day, this.waiting, this);
      this.reviewWaiting(day);
      if (this.onProgress && (day + 1) % PROGRESS_EVERY_DAYS === 0) this.onProgress((day + 1) / days);
    }
    for (let i = 0; i < pop.count; i++) this.catchUp(i, days);
    // Transitions were booked on their days as deltas; the day-end counts are their running sums.
    const countsByDay = new Int32Array(days * S);
    const createdByDay = new Int32Array(days);
    const mqlByDay = new Int32Array(days);
    for (let day = 0; day < days; day++) {
      for (let s = 0; s < S; s++) {
        countsByDay[day * S + s] = (day ? countsByDay[(day - 1) * S + s]! : 0) + this.stageDelta[day * S + s]!;
      }
      createdByDay[day] = (day ? createdByDay[day - 1]! : 0) + this.createdDelta[day]!;
      mqlByDay[day] = (day ? mqlByDay[day - 1]! : 0) + this.firstMqlDelta[day]!;
    }
    return summarise({
      pop,
      days,
      decay: this.settings.scoring.decay,
      stage: this.stage,
      flags: this.flags,
      caughtFlag: FLAG_CAUGHT,
      reachedMask: this.reachedMask,
      countsByDay,
      createdByDay,
      mqlByDay,
      flows: this.flows,
      tally: this.tally,
      traces: [...this.traces.values()],
      sample: this.sampled(),
    });
  }
}

/**
 * The days [from, until) on which lead i counts as ready when the day ends, read through the same test as
 * everywhere else. Readiness rises until the lead goes cold, so those days form one run: found by
 * bisection instead of testing every day.
 */
function readyDays(pop: Population, i: number, days: number): [from: number, until: number] {
  const r = i * RECORD;
  const created = pop.rec[r + F.createdAt]!;
  const coldAge = pop.rec[r + F.readyAfter]! + pop.rec[r + F.readyWindow]!;
  const ready = (day: number) =>
    readinessAtAge(day + 1 - created, pop.rec[r + F.readiness0]!, pop.rec[r + F.nurtureGain]!, coldAge) >= READY;
  /** The first day in [low, high) for which `test` holds, `test` being false then true; high if never. */
  const first = (low: number, high: number, test: (day: number) => boolean) => {
    while (low < high) {
      const mid = (low + high) >> 1;
      if (test(mid)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const cold = first(0, days, (day) => day + 1 - created > coldAge);
  return [first(0, cold, ready), cold];
}

/**
 * Expands the sampled leads' transition logs into one row of stages per day (255: not created yet). Day
 * by day: each day's row is yesterday's with the day's changes, copied whole. Lead by lead, every write
 * would land on another cache line.
 */
function expandSample(
  pop: Population,
  stride: number,
  log: number[][],
  days: number,
): SimulationResult['sample'] {
  const k = log.length;
  const stageByDay = new Uint8Array(days * k);
  const readyByDay = new Uint8Array(days * k);
  const ids = new Int32Array(k);
  const stage = new Uint8Array(k).fill(NOT_CREATED);
  const cursor = new Int32Array(k);
  /** The day of each lead's next logged transition (days once there is none). */
  const nextChange = new Int32Array(k);
  const readyFrom = new Int32Array(k);
  const readyUntil = new Int32Array(k);
  for (let s = 0; s < k; s++) {
    ids[s] = pop.firstId + s * stride;
    nextChange[s] = log[s]![0] ?? days;
    [readyFrom[s], readyUntil[s]] = readyDays(pop, s * stride, days);
  }
  const ready = new Uint8Array(k);
  for (let day = 0; day < days; day++) {
    for (let s = 0; s < k; s++) {
      if (nextChange[s]! <= day) {
        const events = log[s]!;
        let e = cursor[s]!;
        while (e < events.length && events[e]! <= day) {
          stage[s] = events[e + 1]!;
          e += 2;
        }
        cursor[s] = e;
        nextChange[s] = events[e] ?? days;
      }
      if (day === readyFrom[s]) ready[s] = 1;
      if (day === readyUntil[s]) ready[s] = 0;
    }
    stageByDay.set(stage, day * k);
    readyByDay.set(ready, day * k);
  }
  return { ids, stageByDay, readyByDay };
}

/** Runs the whole population with the fast table stepper. */
export function simulate(settings: Settings, options: RunOptions = {}): SimulationResult {
  return new Run(settings, options).run(options.pickupPolicy);
}
