// `npm run bench`: prints figures, asserts nothing about time. Lines: `BENCH <case> <median ms>`, then
// heap per lead and the actors/engine ratio. Targets (2-core machine): engine-10k <= 50 ms,
// engine-100k <= 500 ms, ratio >= 20, heap per lead <= 300 bytes.
import { actorStepper } from '../../src/lifecycle/actorStepper';
import { Run, simulate } from '../../src/engine/simulate';
import type { Settings } from '../../src/engine/settings';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';

const withPopulation = (population: number): Settings => ({ ...DEFAULT_SETTINGS, population, days: 180 });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, warmup: number, work: () => unknown): number {
  for (let k = 0; k < warmup; k++) work();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const gc = (globalThis as { gc?: () => void }).gc;
const used = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const print = (name: string, value: number, digits = 1) => console.log(`BENCH ${name} ${value.toFixed(digits)}`);

// Memory first, in a clean heap: everything one run of 100,000 leads keeps alive (its Run and result).
if (!gc) console.error('heap figure is rough: run with --expose-gc (npm run bench does)');
const before = used();
const run = new Run(withPopulation(100_000));
const result = run.run();
const after = used();
const heapPerLead = (after - before) / 100_000;
const tenK = withPopulation(10_000);
const engine10k = time(15, 5, () => simulate(tenK));
print('engine-10k', engine10k);
print('engine-100k', time(5, 1, () => simulate(withPopulation(100_000))));

const reference = simulate(tenK);
let actorCounts: Int32Array | null = null;
const actors10k = time(3, 0, () => {
  actorCounts = new Run(tenK, { stepper: actorStepper }).run().countsByDay;
});
if (!actorCounts || (actorCounts as Int32Array).join() !== reference.countsByDay.join()) {
  console.error('actors-10k: live actors and the engine disagree on stage counts');
  process.exit(1);
}
print('actors-10k', actors10k);

print('heap-per-lead-100k', heapPerLead, 0);
void result;
print('ratio actors/engine', actors10k / engine10k);
