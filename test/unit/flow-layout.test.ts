import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/engine/types';
import { STAGES } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import { DOT_SAMPLE } from '../../src/state/session.svelte';
import { dateOfDay } from '../../src/views/flow/calendar';
import { frameBuffers, nearestDot, placeDots } from '../../src/views/flow/frame';
import { ARRANGEMENTS, DETOURS, layoutFlow, shareWidths, type FlowLayout } from '../../src/views/flow/layout';
import { NOT_CREATED, planSlots, type SlotPlan } from '../../src/views/flow/slots';

/** The screens the flow must work on: a phone, a laptop's main column, a projected 1080p page. */
const WIDTHS = [358, 894, 1448];
const HEADER = 53;
const MIN_WIDTHS = STAGES.map(() => 110);

let result: SimulationResult;
let plan: SlotPlan;

beforeAll(() => {
  result = simulate(DEFAULT_SETTINGS, { sample: DOT_SAMPLE });
  plan = planSlots(result.sample, result.days, result.stages.length);
});

const layoutAt = (width: number, capacity: ArrayLike<number> = plan.capacity): FlowLayout =>
  layoutFlow({ width, maxHeight: 560, capacity, minWidths: MIN_WIDTHS, headerHeight: HEADER });

describe('slots', () => {
  it('draws the same 5,000 leads the session asks the engine for', () => {
    expect(plan.dots).toBe(DOT_SAMPLE);
  });

  it('gives each lead in a stage its own slot, below the stage capacity, every day', () => {
    const { dots } = plan;
    const clashes: string[] = [];
    for (let day = 0; day < result.days; day++) {
      const taken = STAGES.map(() => new Set<number>());
      for (let k = 0; k < dots; k++) {
        const stage = result.sample.stageByDay[day * dots + k]!;
        if (stage === NOT_CREATED) continue;
        const slot = plan.slotByDay[day * dots + k]!;
        if (slot >= plan.capacity[stage]! || taken[stage]!.has(slot)) clashes.push(`day ${day}, dot ${k}`);
        taken[stage]!.add(slot);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never needs more slots than the most leads a stage held at once', () => {
    const S = plan.stageCount;
    STAGES.forEach((_, s) => {
      let peak = 0;
      for (let day = 0; day < result.days; day++) peak = Math.max(peak, plan.countsByDay[day * S + s]!);
      expect(plan.capacity[s]).toBeLessThanOrEqual(peak);
    });
  });

  it('counts the same leads per stage as the engine, since every lead is sampled here', () => {
    expect([...plan.countsByDay]).toEqual([...result.countsByDay]);
  });

  it('keeps a lead in its slot for as long as it stays in the same stage', () => {
    const { dots } = plan;
    let moved = 0;
    let stayed = 0;
    for (let day = 1; day < result.days; day++) {
      for (let k = 0; k < dots; k++) {
        const stage = result.sample.stageByDay[day * dots + k]!;
        if (stage === NOT_CREATED || stage !== result.sample.stageByDay[(day - 1) * dots + k]) continue;
        stayed++;
        if (plan.slotByDay[day * dots + k] !== plan.slotByDay[(day - 1) * dots + k]) moved++;
      }
    }
    expect(stayed).toBeGreaterThan(0);
    expect(moved).toBe(0);
  });

  it('is deterministic', () => {
    const again = planSlots(result.sample, result.days, result.stages.length);
    expect(again.slotByDay.every((slot, i) => slot === plan.slotByDay[i])).toBe(true);
    expect([...again.capacity]).toEqual([...plan.capacity]);
  });
});

describe('layout', () => {
  it('shares a row by need once every region has its minimum', () => {
    const widths = shareWidths(1000, [0, 300, 100], [100, 100, 100]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 3);
    expect(widths[0]).toBe(100);
    expect(widths[1]! / widths[2]!).toBeCloseTo(3, 3);
  });

  it.each(WIDTHS)('at %ipx puts one region per stage inside the width, none overlapping', (width) => {
    const layout = layoutAt(width);
    expect(layout.regions.map((r) => r.stage).sort()).toEqual([...STAGES].sort());
    for (const region of layout.regions) {
      expect(region.x).toBeGreaterThanOrEqual(0);
      expect(region.x + region.width).toBeLessThanOrEqual(width + 1e-6);
      expect(region.width).toBeGreaterThanOrEqual(110);
    }
    for (const a of layout.regions) {
      for (const b of layout.regions) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.stage} and ${b.stage}`).toBe(true);
      }
    }
  });

  it.each(WIDTHS)('at %ipx has a slot for every lead a stage ever holds, inside its region, below its label', (width) => {
    const layout = layoutAt(width);
    for (const region of layout.regions) {
      const xs = layout.slotX[region.index]!;
      const ys = layout.slotY[region.index]!;
      expect(xs.length).toBe(plan.capacity[region.index]);
      for (let slot = 0; slot < xs.length; slot++) {
        expect(xs[slot]! - layout.radius).toBeGreaterThanOrEqual(region.x);
        expect(xs[slot]! + layout.radius).toBeLessThanOrEqual(region.x + region.width);
        expect(ys[slot]! - layout.radius).toBeGreaterThanOrEqual(region.y + HEADER);
        expect(ys[slot]! + layout.radius).toBeLessThanOrEqual(region.y + region.height);
      }
    }
  });

  it.each(WIDTHS)('at %ipx never lets two dots of a stage overlap', (width) => {
    const layout = layoutAt(width);
    expect(layout.radius * 2).toBeLessThan(layout.pitch);
    for (const region of layout.regions) {
      const xs = layout.slotX[region.index]!;
      const ys = layout.slotY[region.index]!;
      const seen = new Set<string>();
      for (let slot = 0; slot < xs.length; slot++) {
        // Slots sit on a grid of `pitch`: distinct grid cells are at least a pitch apart.
        const cell = `${Math.round(xs[slot]! / layout.pitch)},${Math.round(ys[slot]! / layout.pitch)}`;
        expect(seen.has(cell)).toBe(false);
        seen.add(cell);
      }
    }
  });

  it('keeps the hand-off path on one row left to right on a wide screen', () => {
    const layout = layoutAt(1448);
    const path = ['lead', 'nurturing', 'mql', 'sal', 'sql', 'opportunity', 'won'].map(
      (stage) => layout.regions.find((r) => r.stage === stage)!,
    );
    expect(new Set(path.map((r) => r.y)).size).toBe(1);
    path.slice(1).forEach((region, k) => expect(region.x).toBeGreaterThan(path[k]!.x));
    const detours = layout.regions.filter((r) => ['recycled', 'disqualified', 'lost'].includes(r.stage));
    for (const detour of detours) expect(detour.y).toBeGreaterThan(path[0]!.y);
  });

  /** The regions' rows, top to bottom, each left to right. */
  const rowsOf = (layout: FlowLayout) => {
    const tops = [...new Set(layout.regions.map((r) => r.y))].sort((a, b) => a - b);
    return tops.map((y) => layout.regions.filter((r) => r.y === y).sort((a, b) => a.x - b.x).map((r) => r.stage));
  };
  const PATH = ['lead', 'nurturing', 'mql', 'sal', 'sql', 'opportunity', 'won'];
  /** Labels measured at presenter size: wider regions, so the flow wraps sooner. */
  const PRESENTER_MIN_WIDTHS = STAGES.map((stage) => (stage === 'opportunity' || stage === 'disqualified' ? 160 : 120));

  it.each([
    ...WIDTHS.map((width) => [width, MIN_WIDTHS] as const),
    ...[1366 - 472, 1330, 700, 358].map((width) => [width, PRESENTER_MIN_WIDTHS] as const),
  ])('at %ipx keeps the detours off the hand-off path, and the path in reading order', (width, minWidths) => {
    const layout = layoutFlow({ width, maxHeight: 560, capacity: plan.capacity, minWidths, headerHeight: HEADER });
    const rows = rowsOf(layout);
    for (const row of rows) {
      const detours = row.filter((stage) => DETOURS.includes(stage));
      expect(detours.length === 0 || detours.length === row.length, row.join(', ')).toBe(true);
    }
    expect(rows.flat().filter((stage) => PATH.includes(stage))).toEqual(PATH);
    // Every region still gets the room its label needs, inside the width.
    for (const region of layout.regions) {
      expect(region.width).toBeGreaterThanOrEqual(minWidths[region.index]!);
      expect(region.x + region.width).toBeLessThanOrEqual(width + 1e-6);
    }
  });

  it('never mixes a detour into a row of the hand-off path, in any arrangement', () => {
    for (const arrangement of ARRANGEMENTS) {
      for (const row of arrangement) expect(row.every((s) => DETOURS.includes(s)) || row.every((s) => PATH.includes(s))).toBe(true);
      expect(arrangement.flat().sort()).toEqual([...STAGES].sort());
    }
  });

  it('on a laptop wraps the path between marketing’s and sales’ stages, with the detours below', () => {
    // 1366px wide: the figures column is 894px and the flow gets a little over half the 768px screen.
    const layout = layoutFlow({ width: 894, maxHeight: 422, capacity: plan.capacity, minWidths: MIN_WIDTHS, headerHeight: HEADER });
    expect(rowsOf(layout)).toEqual([
      ['lead', 'nurturing', 'mql', 'sal'],
      ['sql', 'opportunity', 'won'],
      ['recycled', 'disqualified', 'lost'],
    ]);
  });

  it('fits every preset’s flow on a phone', () => {
    for (const preset of PRESETS) {
      const run = simulate(applyPreset(DEFAULT_SETTINGS, preset), { sample: DOT_SAMPLE });
      const capacity = planSlots(run.sample, run.days, run.stages.length).capacity;
      const layout = layoutAt(358, capacity);
      expect(layout.regions.every((r) => r.x + r.width <= 358 + 1e-6), preset.id).toBe(true);
      expect(layout.slotX.every((xs, s) => xs.length === capacity[s]), preset.id).toBe(true);
    }
  });

  it('is deterministic', () => {
    const a = layoutAt(894);
    const b = layoutAt(894);
    expect(b.regions).toEqual(a.regions);
    expect(b.slotX).toEqual(a.slotX);
    expect(b.slotY).toEqual(a.slotY);
  });
});

describe('a frame of dots', () => {
  it('puts each lead at its slot on the day shown, and halfway there in mid-move', () => {
    const layout = layoutAt(1448);
    const frame = frameBuffers(plan.dots);
    const day = 90;
    const { dots } = plan;
    placeDots(result.sample, plan, layout, day, day, 1, 'stage', frame);
    const k = result.sample.stageByDay.subarray(day * dots, (day + 1) * dots).findIndex((s) => s !== NOT_CREATED);
    const stage = result.sample.stageByDay[day * dots + k]!;
    expect(frame.xs[k]).toBe(layout.slotX[stage]![plan.slotByDay[day * dots + k]!]);
    expect(frame.colour[k]).toBe(stage);

    // A lead that changes stage between two days is between its two slots mid-move.
    let mover = -1;
    for (let j = 0; j < dots && mover < 0; j++) {
      const before = result.sample.stageByDay[(day - 1) * dots + j]!;
      if (before !== NOT_CREATED && before !== result.sample.stageByDay[day * dots + j]) mover = j;
    }
    expect(mover).toBeGreaterThanOrEqual(0);
    placeDots(result.sample, plan, layout, day - 1, day, 0, 'stage', frame);
    const x0 = frame.xs[mover]!;
    placeDots(result.sample, plan, layout, day - 1, day, 1, 'stage', frame);
    const x1 = frame.xs[mover]!;
    placeDots(result.sample, plan, layout, day - 1, day, 0.5, 'stage', frame);
    expect(frame.xs[mover]).toBeCloseTo((x0 + x1) / 2, 3);
  });

  it('colours by hidden readiness when asked', () => {
    const layout = layoutAt(894);
    const frame = frameBuffers(plan.dots);
    const last = result.days - 1;
    placeDots(result.sample, plan, layout, last, last, 1, 'readiness', frame);
    const ready = result.sample.readyByDay.subarray(last * plan.dots);
    expect([...frame.colour]).toEqual([...ready]);
  });

  it('hit-tests the lead under the pointer, and nothing far from any dot', () => {
    const layout = layoutAt(1448);
    const frame = frameBuffers(plan.dots);
    const day = result.days - 1;
    placeDots(result.sample, plan, layout, day, day, 1, 'stage', frame);
    const reach = Math.max(8, layout.pitch * 1.5);
    for (const k of [0, 17, 1234, plan.dots - 1]) {
      const hit = nearestDot(frame.xs, frame.ys, frame.xs[k]! + 0.4 * layout.pitch * 0.5, frame.ys[k]!, reach);
      expect(hit).toBe(k);
      expect(result.sample.ids[hit]).toBe(result.sample.ids[k]);
    }
    expect(nearestDot(frame.xs, frame.ys, -100, -100, reach)).toBe(-1);
  });

  it('never hits a lead that does not exist yet', () => {
    const layout = layoutAt(1448);
    const frame = frameBuffers(plan.dots);
    placeDots(result.sample, plan, layout, 0, 0, 1, 'stage', frame);
    const unborn = result.sample.stageByDay.subarray(0, plan.dots).findIndex((s) => s === NOT_CREATED);
    expect(Number.isNaN(frame.xs[unborn])).toBe(true);
    let misses = 0;
    for (let k = 0; k < plan.dots; k++) {
      if (Number.isNaN(frame.xs[k])) continue;
      if (result.sample.stageByDay[k] === NOT_CREATED) misses++;
      if (nearestDot(frame.xs, frame.ys, frame.xs[k]!, frame.ys[k]!, 4) !== k) misses++;
    }
    expect(misses).toBe(0);
  });
});

describe('calendar', () => {
  it('starts on 1 April 2026 and formats dates for the locale', () => {
    expect(dateOfDay(0, 'en')).toBe('Apr 1, 2026');
    expect(dateOfDay(0, 'ja')).toBe('2026年4月1日');
    expect(dateOfDay(44, 'en')).toBe('May 15, 2026');
    expect(dateOfDay(275, 'en', 'short')).toBe('Jan 1');
  });
});
