// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { leadsCsv } from '../../src/engine/leadsCsv';
import type { Settings } from '../../src/engine/settings';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Session } from '../../src/state/session.svelte';
import { createLeadsCsvClient, createSimulationClient, type WorkerLike } from '../../src/worker/client';
import { handleRequest, transferablesOf } from '../../src/worker/handle';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/messages';

const small: Settings = { ...DEFAULT_SETTINGS, population: 200, days: 60 };
const withThreshold = (threshold: number): Settings => ({
  ...small,
  scoring: { ...small.scoring, rule: { ...small.scoring.rule, threshold } },
});

/** A worker that runs the real handler, but only when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.received.push(structuredClone(message));
  }
  /** Answers the oldest unanswered request. */
  answer(): void {
    const request = this.received.shift()!;
    const { response } = handleRequest(request);
    this.onmessage?.(new MessageEvent('message', { data: response }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('worker handler', () => {
  it('runs the engine on valid settings and hands over its typed arrays', () => {
    const { response, transfer } = handleRequest({ type: 'run', id: 7, settings: small });
    expect(response.type).toBe('result');
    expect(response.id).toBe(7);
    if (response.type !== 'result') return;
    expect(response.result.population).toBe(200);
    expect(transfer).toEqual(transferablesOf(response.result));
    expect(transfer).toContain(response.result.countsByDay.buffer);
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('never runs the engine on invalid settings', () => {
    const { response, transfer } = handleRequest({ type: 'run', id: 3, settings: { ...small, population: -5 } });
    expect(response).toMatchObject({ type: 'error', id: 3 });
    if (response.type !== 'error') return;
    expect(response.problems.map((p) => p.field)).toContain('population');
    expect(transfer).toEqual([]);
  });

  it('refuses a message it does not know', () => {
    expect(handleRequest({ type: 'explode', id: 1 }).response).toMatchObject({ type: 'error', id: 1 });
    expect(handleRequest(null).response).toMatchObject({ type: 'error', id: -1 });
  });
});

describe('simulation client', () => {
  it('resolves a run with the result', async () => {
    const worker = new FakeWorker();
    const client = createSimulationClient(() => worker);
    const pending = client.run(small);
    worker.answer();
    const outcome = await pending;
    expect(outcome.status).toBe('result');
  });

  it('resolves superseded runs as stale and only runs the latest of a burst', async () => {
    const worker = new FakeWorker();
    const client = createSimulationClient(() => worker);
    const first = client.run(withThreshold(50));
    const second = client.run(withThreshold(60));
    const third = client.run(withThreshold(70));
    expect(await first).toEqual({ status: 'stale' });
    expect(await second).toEqual({ status: 'stale' });
    // The first is already in the worker; the second was dropped before it was ever sent.
    expect(worker.received.map((r) => (r as { settings: Settings }).settings.scoring.rule.threshold)).toEqual([50]);
    worker.answer();
    expect(worker.received.map((r) => (r as { settings: Settings }).settings.scoring.rule.threshold)).toEqual([70]);
    worker.answer();
    const outcome = await third;
    expect(outcome.status).toBe('result');
  });

  it('passes validation problems on', async () => {
    const worker = new FakeWorker();
    const client = createSimulationClient(() => worker);
    const pending = client.run({ ...small, days: 5 });
    worker.answer();
    const outcome = await pending;
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') expect(outcome.problems[0]!.field).toBe('days');
  });

  it('reports a crashed worker and starts a new one for the next run', async () => {
    const workers: FakeWorker[] = [];
    const client = createSimulationClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const pending = client.run(small);
    workers[0]!.onerror?.(new ErrorEvent('error', { message: 'boom', cancelable: true }));
    expect(await pending).toEqual({ status: 'error', problems: [{ field: '', message: 'boom' }] });
    expect(workers[0]!.terminated).toBe(true);
    const next = client.run(small);
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect((await next).status).toBe('result');
  });

  it('resolves pending runs as stale when disposed', async () => {
    const worker = new FakeWorker();
    const client = createSimulationClient(() => worker);
    const pending = client.run(small);
    client.dispose();
    expect(await pending).toEqual({ status: 'stale' });
    expect(worker.terminated).toBe(true);
  });
});

describe('long runs', () => {
  it('report progress through the period before the result', async () => {
    const worker = new FakeWorker();
    const client = createSimulationClient(() => worker);
    const seen: number[] = [];
    const pending = client.run(small, { onProgress: (done) => seen.push(done) });
    const request = worker.received.shift()!;
    const { response } = handleRequest(request, (progress) =>
      worker.onmessage?.(new MessageEvent('message', { data: progress })),
    );
    worker.onmessage?.(new MessageEvent('message', { data: response }));
    expect((await pending).status).toBe('result');
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('can be cancelled: the busy worker is stopped and a fresh one serves the next run', async () => {
    const workers: FakeWorker[] = [];
    const client = createSimulationClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const pending = client.run(small);
    client.cancel();
    expect(await pending).toEqual({ status: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    const next = client.run(small);
    workers.at(-1)!.answer();
    expect((await next).status).toBe('result');
  });
});

describe('following one lead', () => {
  it('returns the bulk story and the live-actor replay, which match', async () => {
    const workers: FakeWorker[] = [];
    const client = createSimulationClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const pending = client.inspect(small, 17);
    workers.at(-1)!.answer();
    const outcome = await pending;
    expect(outcome.status).toBe('inspection');
    if (outcome.status !== 'inspection') return;
    expect(outcome.inspection.bulk.id).toBe(17);
    expect(outcome.inspection.matches).toBe(true);
    expect(outcome.inspection.replay).toEqual(outcome.inspection.bulk);
  });

  it('refuses a lead that does not exist', () => {
    const { response } = handleRequest({ type: 'inspect', id: 2, settings: small, leadId: 5000 });
    expect(response).toMatchObject({ type: 'error', id: 2 });
  });
});

describe('the leads CSV', () => {
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('is built in the worker: a header and one row per lead, as the engine lists them, handed over without a copy', () => {
    const progress: WorkerResponse[] = [];
    const { response, transfer } = handleRequest({ type: 'csv', id: 4, settings: small }, (p) => progress.push(p));
    expect(response).toMatchObject({ type: 'csv', id: 4 });
    if (response.type !== 'csv') return;
    const lines = text(response.bytes).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,channel,role,.*,score,stage,ready_to_buy$/);
    expect(lines).toHaveLength(small.population + 1);
    expect(text(response.bytes)).toBe(leadsCsv(small));
    expect(transfer).toEqual([response.bytes.buffer]);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p) => p.type === 'progress' && p.id === 4)).toBe(true);
  });

  it('is never built from invalid settings', () => {
    const { response, transfer } = handleRequest({ type: 'csv', id: 5, settings: { ...small, population: 'all' } });
    expect(response).toMatchObject({ type: 'error', id: 5 });
    if (response.type === 'error') expect(response.problems.map((p) => p.field)).toContain('population');
    expect(transfer).toEqual([]);
  });

  it('reports progress to the page, then resolves with the bytes', async () => {
    const worker = new FakeWorker();
    const client = createLeadsCsvClient(() => worker);
    const seen: number[] = [];
    const pending = client.leadsCsv(small, (done) => seen.push(done));
    const { response } = handleRequest(worker.received.shift()!, (progress) =>
      worker.onmessage?.(new MessageEvent('message', { data: progress })),
    );
    worker.onmessage?.(new MessageEvent('message', { data: response }));
    const outcome = await pending;
    expect(outcome.status).toBe('csv');
    if (outcome.status === 'csv') expect(text(outcome.bytes).split('\r\n')[0]).toMatch(/^id,/);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
  });

  it('goes on while the simulator runs, is cancelled and runs again: each has a worker of its own', async () => {
    const runWorkers: FakeWorker[] = [];
    const csvWorker = new FakeWorker();
    const session = new Session(
      createSimulationClient(() => {
        runWorkers.push(new FakeWorker());
        return runWorkers.at(-1)!;
      }),
      { csvClient: createLeadsCsvClient(() => csvWorker) },
    );
    const exported = session.leadsCsv(small, () => {});
    session.commit(withThreshold(60), 'test');
    session.cancel();
    session.commit(withThreshold(70), 'test');
    expect(csvWorker.terminated).toBe(false);
    expect(csvWorker.received).toHaveLength(1);
    csvWorker.answer();
    expect((await exported).status).toBe('csv');
    // The export did not hold the simulator up either: its newest run is there to be answered.
    runWorkers.at(-1)!.answer();
    await vi.waitFor(() => expect(session.result?.population).toBe(small.population));
    session.dispose();
  });
});
