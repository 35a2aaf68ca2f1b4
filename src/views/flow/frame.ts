// One frame of the flow: where each dot is, and what colour it has, between two days. Writes into
// arrays allocated once per result, because it runs up to 60 times a second for thousands of dots.
import type { SimulationResult } from '../../engine/types';
import type { FlowLayout } from './layout';
import { NOT_CREATED, type SlotPlan } from './slots';

export type ColourMode = 'stage' | 'readiness';

export interface FrameBuffers {
  /** Dot centres; NaN for a lead that does not exist yet. */
  xs: Float32Array;
  ys: Float32Array;
  /** Stage index, or 0 = not ready and 1 = ready when colouring by readiness. */
  colour: Uint8Array;
}

export const frameBuffers = (dots: number): FrameBuffers => ({
  xs: new Float32Array(dots),
  ys: new Float32Array(dots),
  colour: new Uint8Array(dots),
});

/** Slow in, slow out: dots set off and settle gently. */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/**
 * Places every dot `progress` (0..1, already eased) of the way from its slot on `fromDay` to its slot on
 * `toDay`. A lead created in between appears at its new slot; its colour is the one of `toDay`.
 */
export function placeDots(
  sample: SimulationResult['sample'],
  plan: SlotPlan,
  layout: FlowLayout,
  fromDay: number,
  toDay: number,
  progress: number,
  mode: ColourMode,
  out: FrameBuffers,
): void {
  const { dots } = plan;
  const { stageByDay, readyByDay } = sample;
  const { slotByDay } = plan;
  const { slotX, slotY } = layout;
  const from = fromDay * dots;
  const to = toDay * dots;
  for (let k = 0; k < dots; k++) {
    const stage = stageByDay[to + k]!;
    if (stage === NOT_CREATED) {
      out.xs[k] = NaN;
      out.ys[k] = NaN;
      continue;
    }
    const x1 = slotX[stage]![slotByDay[to + k]!]!;
    const y1 = slotY[stage]![slotByDay[to + k]!]!;
    const before = stageByDay[from + k]!;
    if (progress >= 1 || before === NOT_CREATED) {
      out.xs[k] = x1;
      out.ys[k] = y1;
    } else {
      const x0 = slotX[before]![slotByDay[from + k]!]!;
      const y0 = slotY[before]![slotByDay[from + k]!]!;
      out.xs[k] = x0 + (x1 - x0) * progress;
      out.ys[k] = y0 + (y1 - y0) * progress;
    }
    out.colour[k] = mode === 'stage' ? stage : readyByDay[to + k]!;
  }
}

/** The dot nearest to (x, y) within `reach` pixels, or -1. */
export function nearestDot(xs: Float32Array, ys: Float32Array, x: number, y: number, reach: number): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (let k = 0; k < xs.length; k++) {
    const dx = xs[k]! - x;
    const dy = ys[k]! - y;
    const distance = dx * dx + dy * dy;
    // NaN (a lead not created yet) fails this comparison, so it is never hit.
    if (distance <= bestDistance) {
      best = k;
      bestDistance = distance;
    }
  }
  return best;
}
