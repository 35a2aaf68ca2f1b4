// Where the MQL line cuts the population: the leads' end-of-period scores, binned so that the line
// falls on a bin edge, and counted by hidden readiness on each side of it.
import { bin, tickStep } from 'd3-array';
import type { MqlRule } from '../../engine/settings';
import type { SimulationResult } from '../../engine/types';

export interface ScoreBin {
  x0: number;
  x1: number;
  ready: number;
  notReady: number;
}

export interface SideCounts {
  ready: number;
  notReady: number;
}

export interface ScoreView {
  /** `total`: fit + engagement against the threshold; `engagement`: engagement against its minimum. */
  axis: 'total' | 'engagement';
  /** Where the rule draws the line on that axis. */
  line: number;
  comparator: MqlRule['comparator'];
  domain: [number, number];
  bins: ScoreBin[];
  /** Leads the rule would pass on score (`meets`) or not (`below`), by hidden readiness. */
  meets: SideCounts;
  below: SideCounts;
  /** Leads left out of the chart because their fit fails the rule's own minimum (two-axis rule only). */
  failsFit: number;
}

/** About this many bins: enough to see a shape, few enough for bars a projector shows clearly. */
const TARGET_BINS = 24;

const passes = (value: number, limit: number, comparator: MqlRule['comparator']) =>
  comparator === '>' ? value > limit : value >= limit;

export function scoreView(result: SimulationResult, rule: MqlRule): ScoreView {
  const axis = rule.mode === 'total' ? 'total' : 'engagement';
  const line = axis === 'total' ? rule.threshold : rule.engagementMin;
  const values: number[] = [];
  const ready: boolean[] = [];
  let failsFit = 0;
  for (let i = 0; i < result.finalScore.length; i++) {
    const score = result.finalScore[i]!;
    const fit = result.finalFit[i]!;
    // A two-axis rule passes nobody whose fit is too low, wherever their engagement stands.
    if (axis === 'engagement' && !passes(fit, rule.fitMin, rule.comparator)) {
      failsFit++;
      continue;
    }
    values.push(axis === 'total' ? score : score - fit);
    ready.push(result.finalReady[i] === 1);
  }

  const meets: SideCounts = { ready: 0, notReady: 0 };
  const below: SideCounts = { ready: 0, notReady: 0 };
  let lo = line;
  let hi = line;
  values.forEach((v, k) => {
    const side = passes(v, line, rule.comparator) ? meets : below;
    if (ready[k]) side.ready++;
    else side.notReady++;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  });

  // Bin edges run through the line, so no bar straddles it.
  const step = tickStep(lo, hi, TARGET_BINS) || 1;
  const start = line - Math.ceil((line - lo) / step) * step;
  const end = line + (Math.floor((hi - line) / step) + 1) * step;
  const edges = Array.from({ length: Math.round((end - start) / step) - 1 }, (_, k) => start + (k + 1) * step);

  // Bins hold [x0, x1); under ">" a lead exactly on the line does not pass, so it belongs to the bin left of it.
  const binned = bin<number, number>()
    .domain([start, end])
    .thresholds(edges)
    .value((k) => {
      const v = values[k]!;
      return rule.comparator === '>' && v === line ? line - step / 2 : v;
    })(values.map((_, k) => k));

  const bins = binned.map((b) => {
    let r = 0;
    for (const k of b) if (ready[k]) r++;
    return { x0: b.x0!, x1: b.x1!, ready: r, notReady: b.length - r };
  });

  return { axis, line, comparator: rule.comparator, domain: [start, end], bins, meets, below, failsFit };
}
