// Two definitions argued over side by side. Each side owns only the definition (scoring and sales);
// the seed, population and period always come from the simulator, so both are tried on the same leads.
import type { DefinitionComparison } from '../engine/compare';
import type { LeadInspection } from '../engine/inspect';
import type { MqlRule, SalesSettings, ScoringSettings, Settings } from '../engine/settings';
import { createCompareClient, type CompareClient } from '../worker/client';
import { PRESETS, type PresetId } from './defaults';
import { validateScoring, type SettingsProblem } from './schema';
import type { Session } from './session.svelte';

export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

export interface Definition {
  scoring: ScoringSettings;
  sales: SalesSettings;
}

/** Side B starts from the preset where marketing hands over too little: the classic argument. */
export const SIDE_B_PRESET: PresetId = 'marketingStarving';

/** The history label of an adoption, shown on the simulator's undo button. */
export const ADOPT_LABEL = 'compare.undo.adopt';

export type CompareState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'ready'; comparison: DefinitionComparison }
  | { status: 'error'; problems: SettingsProblem[] };

export type StoryState =
  | { status: 'idle' }
  | { status: 'loading'; side: Side; leadId: number }
  | { status: 'ready'; side: Side; leadId: number; inspection: LeadInspection; rule: MqlRule }
  | { status: 'error'; side: Side; leadId: number; problems: SettingsProblem[] };

const definitionOf = (settings: Settings): Definition => ({
  scoring: structuredClone(settings.scoring),
  sales: structuredClone(settings.sales),
});

interface Kept {
  names: Record<Side, string | null>;
  definitions: Record<Side, Definition>;
}

/** What each session's comparison was, so leaving the page for the simulator and coming back loses nothing. */
const kept = new WeakMap<Session, Kept>();

export class Comparison {
  /** Names typed by the user; null keeps the default name, which follows the language. */
  names = $state<Record<Side, string | null>>({ a: null, b: null });
  definitions: Record<Side, Definition>;
  state = $state.raw<CompareState>({ status: 'idle' });
  /** The last finished comparison: it stays on screen while the next one runs. */
  latest = $state.raw<DefinitionComparison | null>(null);
  story = $state.raw<StoryState>({ status: 'idle' });

  private readonly session: Session;
  private readonly client: CompareClient;

  constructor(session: Session, client: CompareClient = createCompareClient()) {
    this.session = session;
    this.client = client;
    const preset = PRESETS.find((p) => p.id === SIDE_B_PRESET)!;
    const before = kept.get(session);
    if (before) this.names = { ...before.names };
    this.definitions = $state.raw(
      before?.definitions ?? {
        a: definitionOf(session.settings),
        b: { scoring: structuredClone(preset.scoring), sales: structuredClone(preset.sales) },
      },
    );
  }

  /** The full settings a side runs with: its definition on the simulator's leads. */
  settingsOf(side: Side): Settings {
    return { ...this.session.settings, ...this.definitions[side] };
  }

  private setDefinition(side: Side, definition: Definition): void {
    this.definitions = { ...this.definitions, [side]: definition };
  }

  setRule(side: Side, patch: Partial<MqlRule>): void {
    const current = this.definitions[side];
    this.setDefinition(side, { ...current, scoring: { ...current.scoring, rule: { ...current.scoring.rule, ...patch } } });
  }

  /**
   * A side's points (activity weights, fit) or any other scoring change. Refused unless the whole scoring
   * passes the simulator's schema, so a side can always be run and adopted as it stands.
   */
  setScoring(side: Side, scoring: ScoringSettings): void {
    const checked = validateScoring(scoring);
    if (checked.ok) this.setDefinition(side, { ...this.definitions[side], scoring: checked.value });
  }

  loadPreset(side: Side, id: PresetId): void {
    const preset = PRESETS.find((p) => p.id === id);
    if (preset) this.setDefinition(side, { scoring: structuredClone(preset.scoring), sales: structuredClone(preset.sales) });
  }

  copySimulator(side: Side): void {
    this.setDefinition(side, definitionOf(this.session.settings));
  }

  rename(side: Side, name: string): void {
    this.names[side] = name.trim() === '' ? null : name;
  }

  async run(): Promise<void> {
    this.state = { status: 'running' };
    this.story = { status: 'idle' };
    const outcome = await this.client.compare(this.settingsOf('a'), this.settingsOf('b'));
    if (outcome.status === 'stale' || outcome.status === 'cancelled') return;
    if (outcome.status === 'comparison') {
      this.state = { status: 'ready', comparison: outcome.comparison };
      this.latest = outcome.comparison;
    } else this.state = { status: 'error', problems: outcome.problems };
  }

  /** Follows one differing lead under the side that made it an MQL. */
  async inspect(side: Side, leadId: number): Promise<void> {
    const settings = this.settingsOf(side);
    this.story = { status: 'loading', side, leadId };
    const outcome = await this.client.inspect(settings, leadId);
    if (outcome.status === 'stale' || outcome.status === 'cancelled') return;
    this.story =
      outcome.status === 'inspection'
        ? { status: 'ready', side, leadId, inspection: outcome.inspection, rule: settings.scoring.rule }
        : { status: 'error', side, leadId, problems: outcome.problems };
  }

  /** Makes a side the simulator's settings; undo on the simulator takes it back. */
  adopt(side: Side): void {
    this.session.commit(this.settingsOf(side), ADOPT_LABEL);
  }

  dispose(): void {
    kept.set(this.session, { names: { ...this.names }, definitions: this.definitions });
    this.client.dispose();
  }
}
