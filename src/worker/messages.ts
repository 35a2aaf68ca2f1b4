// The typed conversation between the page and the simulation worker.
import type { DefinitionComparison } from '../engine/compare';
import type { LeadInspection } from '../engine/inspect';
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import type { SettingsProblem } from '../state/schema';

/** Run the engine on these settings. The worker validates them first: they cross a trust boundary. */
export interface RunRequest {
  type: 'run';
  /** Chosen by the client, echoed in the response; increases with every request. */
  id: number;
  settings: Settings;
  /** How many leads to record day by day for the animation. */
  sample: number;
}

/** Follow one lead: its bulk story and its replay through a live actor. */
export interface InspectRequest {
  type: 'inspect';
  id: number;
  settings: Settings;
  leadId: number;
}

/** Run two definitions on the same leads (they must share seed, population and period) and compare them. */
export interface CompareRequest {
  type: 'compare';
  id: number;
  a: Settings;
  b: Settings;
}

/** List every simulated lead of these settings as a CSV file. */
export interface CsvRequest {
  type: 'csv';
  id: number;
  settings: Settings;
}

export type WorkerRequest = RunRequest | InspectRequest | CompareRequest | CsvRequest;

export interface ResultResponse {
  type: 'result';
  id: number;
  /** The engine's result; its typed arrays arrive transferred, not copied. */
  result: SimulationResult;
}

export interface InspectionResponse {
  type: 'inspection';
  id: number;
  inspection: LeadInspection;
}

export interface ComparisonResponse {
  type: 'comparison';
  id: number;
  comparison: DefinitionComparison;
}

export interface CsvResponse {
  type: 'csv';
  id: number;
  /** The file's UTF-8 bytes, transferred: the page makes a Blob of them without reading a character. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** Share of the work done so far, for long runs and exports. */
export interface ProgressResponse {
  type: 'progress';
  id: number;
  done: number;
}

/** The settings were invalid (the engine never ran) or the engine failed. */
export interface ErrorResponse {
  type: 'error';
  id: number;
  problems: SettingsProblem[];
}

export type WorkerResponse =
  | ResultResponse
  | InspectionResponse
  | ComparisonResponse
  | CsvResponse
  | ProgressResponse
  | ErrorResponse;
