// The page's side of the simulation worker: one promise per request, and only the latest one counts.
import type { DefinitionComparison } from '../engine/compare';
import type { LeadInspection } from '../engine/inspect';
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import type { SettingsProblem } from '../state/schema';
import type { WorkerRequest, WorkerResponse } from './messages';

type Failed = { status: 'error'; problems: SettingsProblem[] };
/** A newer request was made before this one finished, or it was cancelled: its answer is of no use. */
type Dropped = { status: 'stale' } | { status: 'cancelled' };

export type RunOutcome = { status: 'result'; result: SimulationResult } | Failed | Dropped;
export type InspectOutcome = { status: 'inspection'; inspection: LeadInspection } | Failed | Dropped;
export type CompareOutcome = { status: 'comparison'; comparison: DefinitionComparison } | Failed | Dropped;
/** The CSV file's UTF-8 bytes. */
export type CsvOutcome = { status: 'csv'; bytes: Uint8Array<ArrayBuffer> } | Failed | Dropped;

/** The part of `Worker` the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface RunOptions {
  /** Leads to record day by day for the animation. */
  sample?: number;
  /** Share of the simulated period done, while a long run works. */
  onProgress?: (done: number) => void;
}

export interface SimulationClient {
  /** Runs the engine in the worker. Resolves `stale` as soon as a newer run is requested. */
  run(settings: Settings, options?: RunOptions): Promise<RunOutcome>;
  /** Follows one lead (in a worker of its own, so it never waits behind a long run). */
  inspect(settings: Settings, leadId: number): Promise<InspectOutcome>;
  /** Stops the run in flight at once: its worker is stopped, and a fresh one serves the next run. */
  cancel(): void;
  /** Stops the workers; pending requests resolve `stale`. */
  dispose(): void;
}

export const createWorker = (): WorkerLike =>
  new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

type Outcome = RunOutcome | InspectOutcome | CompareOutcome | CsvOutcome;
type Request =
  | { type: 'run'; settings: Settings; sample: number }
  | { type: 'inspect'; settings: Settings; leadId: number }
  | { type: 'compare'; a: Settings; b: Settings }
  | { type: 'csv'; settings: Settings };

interface Job {
  id: number;
  request: Request;
  onProgress: ((done: number) => void) | undefined;
  resolve: (outcome: Outcome) => void;
  settled: boolean;
}

/**
 * One worker serving one kind of request. At most one job is in the worker and at most one waits behind
 * it: a burst of requests (a key held on a slider) costs two runs, not one per request.
 */
function createLane(makeWorker: () => WorkerLike, ids: () => number) {
  let worker: WorkerLike | null = null;
  let inFlight: Job | null = null;
  let queued: Job | null = null;

  const settle = (job: Job | null, outcome: Outcome) => {
    if (!job || job.settled) return;
    job.settled = true;
    job.resolve(outcome);
  };

  const finish = (outcome: Outcome) => {
    const job = inFlight;
    inFlight = null;
    settle(job, outcome);
    const next = queued;
    queued = null;
    if (next) send(next);
  };

  const fail = (message: string) => finish({ status: 'error', problems: [{ field: '', message }] });

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = (event) => {
      const response = event.data;
      if (!inFlight || response.id !== inFlight.id) return;
      if (response.type === 'progress') inFlight.onProgress?.(response.done);
      else if (response.type === 'result') finish({ status: 'result', result: response.result });
      else if (response.type === 'inspection') finish({ status: 'inspection', inspection: response.inspection });
      else if (response.type === 'comparison') finish({ status: 'comparison', comparison: response.comparison });
      else if (response.type === 'csv') finish({ status: 'csv', bytes: response.bytes });
      else finish({ status: 'error', problems: response.problems });
    };
    created.onerror = (event) => {
      event.preventDefault();
      // A worker that failed may be in any state: start a fresh one for the next job.
      created.terminate();
      if (worker === created) worker = null;
      fail(event.message || 'The simulation worker stopped unexpectedly.');
    };
    return (worker = created);
  }

  function send(job: Job): void {
    inFlight = job;
    try {
      ensureWorker().postMessage({ ...job.request, id: job.id } as WorkerRequest);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    submit(request: Request, onProgress?: (done: number) => void): Promise<Outcome> {
      return new Promise<Outcome>((resolve) => {
        const job: Job = { id: ids(), request, onProgress, resolve, settled: false };
        settle(inFlight, { status: 'stale' });
        settle(queued, { status: 'stale' });
        if (inFlight) queued = job;
        else send(job);
      });
    },
    cancel(): void {
      if (!inFlight) return;
      // A worker busy with a long run cannot read a message until it is done: stop it instead.
      stopWorker();
      settle(queued, { status: 'cancelled' });
      queued = null;
      finish({ status: 'cancelled' });
    },
    dispose(): void {
      stopWorker();
      settle(inFlight, { status: 'stale' });
      settle(queued, { status: 'stale' });
      inFlight = null;
      queued = null;
    },
  };
}

export function createSimulationClient(makeWorker: () => WorkerLike = createWorker): SimulationClient {
  let nextId = 1;
  const ids = () => nextId++;
  const runs = createLane(makeWorker, ids);
  const inspections = createLane(makeWorker, ids);
  return {
    run: (settings, options = {}) =>
      runs.submit({ type: 'run', settings, sample: options.sample ?? 0 }, options.onProgress) as Promise<RunOutcome>,
    inspect: (settings, leadId) =>
      inspections.submit({ type: 'inspect', settings, leadId }) as Promise<InspectOutcome>,
    cancel: () => runs.cancel(),
    dispose: () => {
      runs.dispose();
      inspections.dispose();
    },
  };
}

/** Runs two definitions side by side, in a worker of its own so the simulator's runs never wait for it. */
export interface CompareClient {
  /** Resolves `stale` as soon as a newer comparison is requested. */
  compare(a: Settings, b: Settings): Promise<CompareOutcome>;
  /** Follows one lead under one side's settings. */
  inspect(settings: Settings, leadId: number): Promise<InspectOutcome>;
  dispose(): void;
}

export function createCompareClient(makeWorker: () => WorkerLike = createWorker): CompareClient {
  let nextId = 1;
  const ids = () => nextId++;
  const comparisons = createLane(makeWorker, ids);
  const inspections = createLane(makeWorker, ids);
  return {
    compare: (a, b) => comparisons.submit({ type: 'compare', a, b }) as Promise<CompareOutcome>,
    inspect: (settings, leadId) =>
      inspections.submit({ type: 'inspect', settings, leadId }) as Promise<InspectOutcome>,
    dispose: () => {
      comparisons.dispose();
      inspections.dispose();
    },
  };
}

/**
 * Lists every simulated lead as CSV, in a worker of its own: the simulator's runs never cancel an export
 * nor wait for one, and the page stays responsive however many leads there are.
 */
export interface LeadsCsvClient {
  /** Resolves `stale` if a newer export is requested before this one is done. */
  leadsCsv(settings: Settings, onProgress?: (done: number) => void): Promise<CsvOutcome>;
  dispose(): void;
}

export function createLeadsCsvClient(makeWorker: () => WorkerLike = createWorker): LeadsCsvClient {
  let nextId = 1;
  const exports = createLane(makeWorker, () => nextId++);
  return {
    leadsCsv: (settings, onProgress) => exports.submit({ type: 'csv', settings }, onProgress) as Promise<CsvOutcome>,
    dispose: () => exports.dispose(),
  };
}
