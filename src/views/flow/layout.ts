// The geometry of the lead flow: one region per lifecycle stage, and a fixed grid of dot slots in each.
// Pure arithmetic on CSS pixels, so it can be tested without a browser.
import { STAGES, type StageId } from '../../lifecycle/stages';

/** The stages off the hand-off path, in the order a lead usually meets them. */
export const DETOURS: readonly StageId[] = ['recycled', 'disqualified', 'lost'];

/**
 * Region rows from the widest screen to the narrowest. The hand-off path reads left to right, top to
 * bottom, wrapping only between its own stages; the stages a lead leaves the path for (recycled,
 * disqualified, lost) always share a row of their own below it, so none of them reads as a step of the path.
 */
export const ARRANGEMENTS: readonly (readonly (readonly StageId[])[])[] = [
  [['lead', 'nurturing', 'mql', 'sal', 'sql', 'opportunity', 'won'], DETOURS],
  // Marketing's stages over sales' stages.
  [['lead', 'nurturing', 'mql', 'sal'], ['sql', 'opportunity', 'won'], DETOURS],
  [['lead', 'nurturing'], ['mql', 'sal', 'sql'], ['opportunity', 'won'], DETOURS],
  [['lead', 'nurturing'], ['mql', 'sal'], ['sql', 'opportunity'], ['won'], ['recycled', 'disqualified'], ['lost']],
];

export interface LayoutInput {
  /** Width available, in CSS pixels. */
  width: number;
  /** Height the regions should stay within; exceeded only when dots would get too small to see. */
  maxHeight: number;
  /** Slots each stage needs, in STAGES order (SlotPlan.capacity). */
  capacity: ArrayLike<number>;
  /** Narrowest each region may be, in STAGES order: its label must fit. */
  minWidths: ArrayLike<number>;
  /** Room for the label and count at the top of a region. */
  headerHeight: number;
  gap?: number;
  padding?: number;
}

export interface Region {
  stage: StageId;
  /** Index in STAGES. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  regions: Region[];
  /** Distance between neighbouring dot centres. */
  pitch: number;
  radius: number;
  /** Centre of every slot, per stage in STAGES order. */
  slotX: Float32Array[];
  slotY: Float32Array[];
}

const MAX_PITCH = 10;
/** Below this the dots of a projected image are no longer told apart. */
const MIN_PITCH = 2.5;
const PITCH_STEP = 0.25;
/** Dots this far apart read well from the back of a room. */
const COMFORTABLE_PITCH = 5;
const MIN_DOTS_HEIGHT = 12;

/**
 * Shares a row's width so that the fullest region gets the most room: every region gets its minimum,
 * and the rest goes to the regions whose slots need it, in proportion to their capacity.
 */
export function shareWidths(total: number, needs: readonly number[], minimums: readonly number[]): number[] {
  const sumMin = minimums.reduce((a, b) => a + b, 0);
  const sumNeed = needs.reduce((a, b) => a + b, 0);
  if (total <= sumMin || sumNeed === 0) {
    const extra = Math.max(0, total - sumMin) / needs.length;
    return minimums.map((m) => m + extra);
  }
  // Width per unit of capacity, found by bisection: sum of max(minimum, need * perUnit) equals total.
  let low = 0;
  let high = total / Math.min(...needs.filter((n) => n > 0));
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2;
    const used = needs.reduce((sum, need, i) => sum + Math.max(minimums[i]!, need * mid), 0);
    if (used > total) high = mid;
    else low = mid;
  }
  return needs.map((need, i) => Math.max(minimums[i]!, need * low));
}

interface Draft {
  rows: { stages: number[]; widths: number[] }[];
}

function draft(arrangement: readonly (readonly StageId[])[], input: LayoutInput, gap: number): Draft | null {
  const rows = [];
  for (const row of arrangement) {
    const stages = row.map((stage) => STAGES.indexOf(stage));
    const minimums = stages.map((s) => input.minWidths[s] ?? 0);
    const room = input.width - gap * (stages.length - 1);
    if (minimums.reduce((a, b) => a + b, 0) > room) return null;
    rows.push({ stages, widths: shareWidths(room, stages.map((s) => input.capacity[s] ?? 0), minimums) });
  }
  return { rows };
}

const columnsFor = (width: number, padding: number, pitch: number) =>
  Math.max(1, Math.floor((width - 2 * padding) / pitch));

function dotsHeight(d: Draft, input: LayoutInput, padding: number, pitch: number): number[] {
  return d.rows.map(({ stages, widths }) => {
    let rows = 0;
    stages.forEach((s, i) => {
      rows = Math.max(rows, Math.ceil((input.capacity[s] ?? 0) / columnsFor(widths[i]!, padding, pitch)));
    });
    return Math.max(MIN_DOTS_HEIGHT, rows * pitch);
  });
}

/** The largest pitch at which a draft fits the height, or null if even the smallest does not. */
function fittingPitch(d: Draft, input: LayoutInput, padding: number, gap: number): number | null {
  const rowChrome = input.headerHeight + padding;
  for (let pitch = MAX_PITCH; pitch >= MIN_PITCH; pitch -= PITCH_STEP) {
    const heights = dotsHeight(d, input, padding, pitch);
    const total = heights.reduce((a, h) => a + h + rowChrome, 0) + gap * (heights.length - 1);
    if (total <= input.maxHeight) return pitch;
  }
  return null;
}

/**
 * Lays the regions out and computes every slot's centre. The widest arrangement wins while its dots stay
 * comfortably large; otherwise the one with the largest dots.
 */
export function layoutFlow(input: LayoutInput): FlowLayout {
  const gap = input.gap ?? 8;
  const padding = input.padding ?? 8;
  let chosen: { d: Draft; pitch: number } | null = null;
  let fallback: Draft | null = null;

  for (const arrangement of ARRANGEMENTS) {
    const d = draft(arrangement, input, gap);
    if (!d) continue;
    fallback = d;
    const pitch = fittingPitch(d, input, padding, gap);
    if (pitch !== null && (!chosen || pitch > chosen.pitch)) chosen = { d, pitch };
    if (chosen && chosen.pitch >= COMFORTABLE_PITCH) break;
  }
  // Nothing fits: the narrowest arrangement that can be drawn at all, with the smallest dots, taller.
  const d = chosen?.d ?? fallback ?? draft(ARRANGEMENTS.at(-1)!, { ...input, minWidths: [] }, gap)!;
  const pitch = chosen?.pitch ?? MIN_PITCH;
  const heights = dotsHeight(d, input, padding, pitch);

  const regions: Region[] = [];
  const slotX = STAGES.map(() => new Float32Array(0));
  const slotY = STAGES.map(() => new Float32Array(0));
  let y = 0;
  d.rows.forEach(({ stages, widths }, r) => {
    const height = input.headerHeight + heights[r]! + padding;
    let x = 0;
    stages.forEach((s, i) => {
      const width = widths[i]!;
      regions.push({ stage: STAGES[s]!, index: s, x, y, width, height });
      const columns = columnsFor(width, padding, pitch);
      const left = x + (width - columns * pitch) / 2;
      const top = y + input.headerHeight;
      const capacity = input.capacity[s] ?? 0;
      const xs = new Float32Array(capacity);
      const ys = new Float32Array(capacity);
      for (let slot = 0; slot < capacity; slot++) {
        xs[slot] = left + ((slot % columns) + 0.5) * pitch;
        ys[slot] = top + (Math.floor(slot / columns) + 0.5) * pitch;
      }
      slotX[s] = xs;
      slotY[s] = ys;
      x += width + gap;
    });
    y += height + gap;
  });

  return {
    width: input.width,
    height: y - gap,
    regions,
    pitch,
    radius: Math.max(0.9, pitch * 0.4),
    slotX,
    slotY,
  };
}
