// What the worker does with one message, kept apart from the worker global so it can be tested directly.
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
  for (const value of Object.values(result)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}

const failure = (id: number, message: string): Reply => ({
  response: { type: 'error', id, problems: [{ field: '', message }] },
  transfer: [],
});

/** Validates a request's settings and, only if they are valid, runs the engine on them. */
export function handleRequest(message: unknown): Reply {
  if (!isRecord(message) || message.type !== 'run' || typeof message.id !== 'number') {
    const id = isRecord(message) && typeof message.id === 'number' ? message.id : -1;
    return failure(id, 'Unknown request');
  }
  const { id } = message;
  const validation = validateSettings(message.settings);
  if (!validation.ok) return { response: { type: 'error', id, problems: validation.problems }, transfer: [] };
  try {
    const result = simulate(validation.value);
    return { response: { type: 'result', id, result }, transfer: transferablesOf(result) };
  } catch (error) {
    return failure(id, error instanceof Error ? error.message : String(error));
  }
}
