import type { SalesSettings, ScoringSettings, Settings } from '../engine/settings';
import article from '../../content/presets/article.json';
import marketingStarving from '../../content/presets/marketing-starving.json';
import noSharedDefinition from '../../content/presets/no-shared-definition.json';
import salesDrowning from '../../content/presets/sales-drowning.json';
import typical from '../../content/presets/typical-b2b.json';

export const PRESET_IDS = [
  'typicalB2b',
  'article',
  'salesDrowning',
  'marketingStarving',
  'noSharedDefinition',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A preset changes the definition being argued over, never the population it is tested on. */
export interface Preset {
  id: PresetId;
  scoring: ScoringSettings;
  sales: SalesSettings;
}

type PresetData = { scoring: ScoringSettings; sales?: SalesSettings };
const typicalData = typical as PresetData;
const data: Record<PresetId, PresetData> = {
  typicalB2b: typicalData,
  article: article as PresetData,
  salesDrowning: salesDrowning as PresetData,
  marketingStarving: marketingStarving as PresetData,
  noSharedDefinition: noSharedDefinition as PresetData,
};

// A preset without its own sales settings (the article's says nothing about sales) keeps typical ones.
export const PRESETS: Preset[] = PRESET_IDS.map((id) => ({
  id,
  scoring: data[id].scoring,
  sales: data[id].sales ?? typicalData.sales!,
}));

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  seed: 20230330,
  population: 5000,
  days: 180,
  scoring: typicalData.scoring,
  sales: typicalData.sales!,
};

/** The settings with a preset's definition applied; the seed, population and period stay. */
export function applyPreset(settings: Settings, preset: Preset): Settings {
  return { ...settings, scoring: structuredClone(preset.scoring), sales: structuredClone(preset.sales) };
}

/** Same settings, reading every list as a set: ticking boxes in another order changes nothing. */
function sameSettings(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical).map((v) => JSON.stringify(v)).sort()
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The preset these settings are exactly, if any. */
export function presetOf(settings: Settings): PresetId | null {
  return PRESETS.find((p) => sameSettings(p.scoring, settings.scoring) && sameSettings(p.sales, settings.sales))?.id ?? null;
}
