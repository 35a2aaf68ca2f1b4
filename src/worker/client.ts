// The page's side of the simulation worker: one promise per request, and only the latest one counts.
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import type { SettingsProblem } from '../state/schema';
import type { WorkerRequest, WorkerResponse } from './messages';

export type RunOutcome =
  | { status: 'result'; result: SimulationResult }
  | { status: 'error'; problems: SettingsProblem[] }
  /** A newer request was made before this one finished; its answer is of no use any more. */
  | { status: 'stale' };

/** The part of `Worker` the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface SimulationClient {
  /** Runs the engine in the worker. Resolves `stale` as soon as a newer run is requested. */
  run(settings: Settings): Promise<RunOutcome>;
  /** Stops the worker; pending runs resolve `stale`. */
  dispose(): void;
}

export const createWorker = (): WorkerLike =>
  new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

const STALE: RunOutcome = { status: 'stale' };

interface Job {
  id: number;
  settings: Settings;
  resolve: (outcome: RunOutcome) => void;
  settled: boolean;
}

/**
 * At most one run is in the worker at a time and at most one waits behind it: a burst of requests
 * (a key held on the slider) costs two runs, not one per request.
 */
export function createSimulationClient(makeWorker: () => WorkerLike = createWorker): SimulationClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let inFlight: Job | null = null;
  let queued: Job | null = null;

  const settle = (job: Job, outcome: RunOutcome) => {
    if (job.settled) return;
    job.settled = true;
    job.resolve(outcome);
  };

  const finish = (outcome: RunOutcome) => {
    const job = inFlight;
    inFlight = null;
    if (job) settle(job, outcome);
    const next = queued;
    queued = null;
    if (next) send(next);
  };

  const fail = (message: string) => finish({ status: 'error', problems: [{ field: '', message }] });

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = (event) => {
      const response = event.data;
      if (!inFlight || response.id !== inFlight.id) return;
      finish(
        response.type === 'result'
          ? { status: 'result', result: response.result }
          : { status: 'error', problems: response.problems },
      );
    };
    created.onerror = (event) => {
      event.preventDefault();
      // A worker that failed may be in any state: start a fresh one for the next run.
      created.terminate();
      if (worker === created) worker = null;
      fail(event.message || 'The simulation worker stopped unexpectedly.');
    };
    return (worker = created);
  }

  function send(job: Job): void {
    inFlight = job;
    try {
      ensureWorker().postMessage({ type: 'run', id: job.id, settings: job.settings });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    run(settings) {
      return new Promise<RunOutcome>((resolve) => {
        const job: Job = { id: nextId++, settings, resolve, settled: false };
        if (inFlight) settle(inFlight, STALE);
        if (queued) settle(queued, STALE);
        if (inFlight) queued = job;
        else send(job);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      if (inFlight) settle(inFlight, STALE);
      if (queued) settle(queued, STALE);
      inFlight = null;
      queued = null;
    },
  };
}
