import type { SalesSettings, ScoringSettings, Settings } from '../engine/settings';
import article from '../../content/presets/article.json';
import typical from '../../content/presets/typical-b2b.json';

/** A preset changes the definition being argued over, never the population it is tested on. */
export interface Preset {
  id: 'article' | 'typicalB2b';
  scoring: ScoringSettings;
  sales?: SalesSettings;
}

export const PRESETS: Preset[] = [
  { id: 'typicalB2b', ...(typical as Omit<Preset, 'id'>) },
  { id: 'article', ...(article as Omit<Preset, 'id'>) },
];

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  seed: 20230330,
  population: 5000,
  days: 180,
  scoring: (typical as Omit<Preset, 'id'>).scoring,
  sales: (typical as Omit<Preset, 'id'>).sales!,
};

/** The settings with a preset's definition applied; the seed, population and period stay. */
export function applyPreset(settings: Settings, preset: Preset): Settings {
  return {
    ...settings,
    scoring: structuredClone(preset.scoring),
    sales: structuredClone(preset.sales ?? settings.sales),
  };
}
