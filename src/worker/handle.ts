// What the worker does with one message, kept apart from the worker global so it can be tested directly.
import { compareDefinitions } from '../engine/compare';
import { inspectLead } from '../engine/inspect';
import { leadsCsv } from '../engine/leadsCsv';
import { simulate } from '../engine/simulate';
import type { SimulationResult } from '../engine/types';
import { validateSettings } from '../state/schema';
import type { WorkerResponse } from './messages';

export interface Reply {
  response: WorkerResponse;
  transfer: Transferable[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The buffers behind the result's typed arrays, each once: they move to the page without a copy. */
export function transferablesOf(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const collect = (value: unknown) => {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  };
  Object.values(result).forEach(collect);
  Object.values(result.sample).forEach(collect);
  return [...buffers];
}

const failure = (id: number, message: string): Reply => ({
  response: { type: 'error', id, problems: [{ field: '', message }] },
  transfer: [],
});

/** The most dots the page asks for; more would not be readable anyway. */
const MAX_SAMPLE = 20_000;

const KNOWN = new Set<unknown>(['run', 'inspect', 'compare', 'csv']);

/** Both sides cross the trust boundary: each is validated before either runs. */
function handleCompare(id: number, a: unknown, b: unknown): Reply {
  const left = validateSettings(a);
  const right = validateSettings(b);
  const problems = [...(left.ok ? [] : left.problems), ...(right.ok ? [] : right.problems)];
  if (!left.ok || !right.ok) return { response: { type: 'error', id, problems }, transfer: [] };
  try {
    return { response: { type: 'comparison', id, comparison: compareDefinitions(left.value, right.value) }, transfer: [] };
  } catch (error) {
    return failure(id, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Validates a request's settings and, only if they are valid, runs the engine on them. Progress goes
 * out through `progress` while a run or an export works.
 */
export function handleRequest(message: unknown, progress: (response: WorkerResponse) => void = () => {}): Reply {
  if (!isRecord(message) || !KNOWN.has(message.type) || typeof message.id !== 'number') {
    const id = isRecord(message) && typeof message.id === 'number' ? message.id : -1;
    return failure(id, 'Unknown request');
  }
  const { id } = message;
  if (message.type === 'compare') return handleCompare(id, message.a, message.b);
  const validation = validateSettings(message.settings);
  if (!validation.ok) return { response: { type: 'error', id, problems: validation.problems }, transfer: [] };
  try {
    if (message.type === 'inspect') {
      const leadId = Number(message.leadId);
      if (!Number.isInteger(leadId) || leadId < 0 || leadId >= validation.value.population) {
        return failure(id, `No lead ${String(message.leadId)}`);
      }
      return { response: { type: 'inspection', id, inspection: inspectLead(validation.value, leadId) }, transfer: [] };
    }
    const onProgress = (done: number) => progress({ type: 'progress', id, done });
    if (message.type === 'csv') {
      const bytes = new TextEncoder().encode(leadsCsv(validation.value, onProgress));
      return { response: { type: 'csv', id, bytes }, transfer: [bytes.buffer] };
    }
    const sample = Math.max(0, Math.min(MAX_SAMPLE, Math.floor(Number(message.sample) || 0)));
    const result = simulate(validation.value, { sample, onProgress });
    return { response: { type: 'result', id, result }, transfer: transferablesOf(result) };
  } catch (error) {
    return failure(id, error instanceof Error ? error.message : String(error));
  }
}
