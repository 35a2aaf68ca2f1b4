// The typed conversation between the page and the simulation worker.
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import type { SettingsProblem } from '../state/schema';

/** Run the engine on these settings. The worker validates them first: they cross a trust boundary. */
export interface RunRequest {
  type: 'run';
  /** Chosen by the client, echoed in the response; increases with every request. */
  id: number;
  settings: Settings;
}

export type WorkerRequest = RunRequest;

export interface ResultResponse {
  type: 'result';
  id: number;
  /** The engine's result; its typed arrays arrive transferred, not copied. */
  result: SimulationResult;
}

/** The settings were invalid (the engine never ran) or the engine failed. */
export interface ErrorResponse {
  type: 'error';
  id: number;
  problems: SettingsProblem[];
}

export type WorkerResponse = ResultResponse | ErrorResponse;
