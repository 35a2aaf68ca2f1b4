// The page's one source of truth: the settings being tried, their history for undo, and the latest
// figures the engine produced for them. Views read it and call its methods; they never run the engine.
import type { LeadInspection } from '../engine/inspect';
import type { Settings } from '../engine/settings';
import type { SimulationResult } from '../engine/types';
import {
  createLeadsCsvClient,
  createSimulationClient,
  type CsvOutcome,
  type LeadsCsvClient,
  type SimulationClient,
} from '../worker/client';
import { DEFAULT_SETTINGS, PRESETS, applyPreset, type PresetId } from './defaults';
import type { SettingsProblem } from './schema';

/** Leads drawn as dots: enough to see the flow, few enough to animate smoothly on a projector. */
export const DOT_SAMPLE = 5000;
/** Undo goes back this many commits. */
const HISTORY_LIMIT = 50;

export interface Change {
  /** Locale key naming what changed, for the undo button ("Undo: preset"). */
  label: string;
  settings: Settings;
}

export type InspectState =
  | { status: 'idle' }
  | { status: 'loading'; leadId: number }
  | { status: 'ready'; leadId: number; inspection: LeadInspection }
  | { status: 'error'; leadId: number; problems: SettingsProblem[] };

export interface SessionOptions {
  /** Settings to start from (a shared link, saved work); the defaults otherwise. */
  initial?: Settings;
  /** Called after every change of settings by commit or undo, e.g. to save them. */
  onChange?: (settings: Settings) => void;
  /** Builds the leads CSV; tests pass a fake. */
  csvClient?: LeadsCsvClient;
}

export class Session {
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  /** The figures on screen: the last good run. They stay while a newer run works or after it fails. */
  result = $state.raw<SimulationResult | null>(null);
  /** The figures before the last committed change, for "MQLs 412 -> 268". */
  previous = $state.raw<SimulationResult | null>(null);
  /** Settings the figures on screen were computed from. */
  shownSettings = $state.raw<Settings | null>(null);
  running = $state(false);
  /** Share of a long run done, 0..1. */
  progress = $state(0);
  problems = $state.raw<SettingsProblem[]>([]);
  cancelled = $state(false);
  history = $state.raw<Change[]>([]);
  selectedLead = $state<number | null>(null);
  inspection = $state.raw<InspectState>({ status: 'idle' });

  private readonly client: SimulationClient;
  private readonly onChange: (settings: Settings) => void;
  // Kept by the session, not the page asking, so an export still arrives if its page is left meanwhile.
  private readonly csvClient: LeadsCsvClient;

  constructor(client: SimulationClient = createSimulationClient(), options: SessionOptions = {}) {
    this.client = client;
    this.settings = options.initial ?? DEFAULT_SETTINGS;
    this.onChange = options.onChange ?? (() => {});
    this.csvClient = options.csvClient ?? createLeadsCsvClient();
  }

  /** Tries new settings: remembered for undo, then simulated. */
  commit(next: Settings, label: string): void {
    this.history = [...this.history, { label, settings: this.settings }].slice(-HISTORY_LIMIT);
    this.settings = next;
    this.onChange(next);
    void this.simulate();
  }

  applyPreset(id: PresetId): void {
    const preset = PRESETS.find((p) => p.id === id);
    if (preset) this.commit(applyPreset(this.settings, preset), 'controls.undo.preset');
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  undo(): void {
    const last = this.history.at(-1);
    if (!last) return;
    this.history = this.history.slice(0, -1);
    this.settings = last.settings;
    this.onChange(last.settings);
    void this.simulate();
  }

  /** Stops a long run; the last good figures stay on screen. */
  cancel(): void {
    this.client.cancel();
  }

  async simulate(): Promise<void> {
    const settings = this.settings;
    this.running = true;
    this.progress = 0;
    this.cancelled = false;
    const outcome = await this.client.run(settings, {
      sample: DOT_SAMPLE,
      onProgress: (done) => (this.progress = done),
    });
    if (outcome.status === 'stale') return;
    this.running = false;
    if (outcome.status === 'cancelled') {
      this.cancelled = true;
      return;
    }
    if (outcome.status === 'error') {
      this.problems = outcome.problems;
      return;
    }
    this.problems = [];
    this.previous = this.result;
    this.result = outcome.result;
    this.shownSettings = settings;
    if (this.selectedLead !== null) void this.inspect(this.selectedLead);
  }

  /** Follows one lead of the current population; a new run re-follows it under the new rules. */
  async inspect(leadId: number): Promise<void> {
    this.selectedLead = leadId;
    this.inspection = { status: 'loading', leadId };
    const outcome = await this.client.inspect(this.settings, leadId);
    if (outcome.status === 'stale' || outcome.status === 'cancelled') return;
    this.inspection =
      outcome.status === 'inspection'
        ? { status: 'ready', leadId, inspection: outcome.inspection }
        : { status: 'error', leadId, problems: outcome.problems };
  }

  /** Every lead of these settings as a CSV file, built in a worker; the runs neither stop it nor wait for it. */
  leadsCsv(settings: Settings, onProgress: (done: number) => void): Promise<CsvOutcome> {
    return this.csvClient.leadsCsv(settings, onProgress);
  }

  closeInspector(): void {
    this.selectedLead = null;
    this.inspection = { status: 'idle' };
  }

  dispose(): void {
    this.client.dispose();
    this.csvClient.dispose();
  }
}
