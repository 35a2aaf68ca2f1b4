// Where each sampled lead sits inside its stage's region, day by day. A lead keeps its slot for as long
// as it stays in a stage, so only the leads that really move are seen moving.
import type { SimulationResult } from '../../engine/types';

/** `stageByDay` value of a lead that does not exist yet. */
export const NOT_CREATED = 255;

export interface SlotPlan {
  /** Number of sampled leads (dots). */
  dots: number;
  stageCount: number;
  /** Day-major like the sample: the slot each lead holds in its stage that day. */
  slotByDay: Uint16Array;
  /** Day-major: sampled leads in each stage at the end of each day. */
  countsByDay: Int32Array;
  /** Slots each stage needs: one more than the highest slot it ever hands out. */
  capacity: Int32Array;
}

/** A min-heap of free slot numbers, so an arriving lead takes the lowest free one and regions stay packed. */
class FreeSlots {
  private heap: number[] = [];

  push(slot: number): void {
    const { heap } = this;
    let k = heap.push(slot) - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (heap[parent]! <= slot) break;
      heap[k] = heap[parent]!;
      k = parent;
    }
    heap[k] = slot;
  }

  /** The lowest free slot, or -1. */
  pop(): number {
    const { heap } = this;
    if (heap.length === 0) return -1;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let k = 0;
      for (;;) {
        const left = 2 * k + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && heap[right]! < heap[left]! ? right : left;
        if (heap[child]! >= last) break;
        heap[k] = heap[child]!;
        k = child;
      }
      heap[k] = last;
    }
    return top;
  }
}

/**
 * Gives every sampled lead a slot in its stage for every day. Leads leave before others arrive, and an
 * arrival takes the lowest free slot: a stage never needs more slots than the most leads it held at once.
 */
export function planSlots(sample: SimulationResult['sample'], days: number, stageCount: number): SlotPlan {
  const dots = sample.ids.length;
  const slotByDay = new Uint16Array(days * dots);
  const countsByDay = new Int32Array(days * stageCount);
  const capacity = new Int32Array(stageCount);
  const free = Array.from({ length: stageCount }, () => new FreeSlots());
  const next = new Int32Array(stageCount);
  const slot = new Int32Array(dots);
  const { stageByDay } = sample;

  for (let day = 0; day < days; day++) {
    const today = day * dots;
    const yesterday = today - dots;
    for (let k = 0; k < dots; k++) {
      const before = day > 0 ? stageByDay[yesterday + k]! : NOT_CREATED;
      if (before !== NOT_CREATED && before !== stageByDay[today + k]) free[before]!.push(slot[k]!);
    }
    for (let k = 0; k < dots; k++) {
      const stage = stageByDay[today + k]!;
      if (stage === NOT_CREATED) continue;
      const before = day > 0 ? stageByDay[yesterday + k]! : NOT_CREATED;
      if (before !== stage) {
        const reused = free[stage]!.pop();
        slot[k] = reused >= 0 ? reused : next[stage]!++;
      }
      slotByDay[today + k] = slot[k]!;
      countsByDay[day * stageCount + stage]!++;
    }
  }
  capacity.set(next);
  return { dots, stageCount, slotByDay, countsByDay, capacity };
}
