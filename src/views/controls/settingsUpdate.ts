// Every committed change hands the session a new settings object that shares the untouched parts: the
// undo history keeps the old object as it was.
import type {
  DecaySettings,
  FitSettings,
  MqlRule,
  SalesSettings,
  ScoringSettings,
  Settings,
} from '../../engine/settings';
import type { MessageKey } from '../../i18n';

export const withScoring = (settings: Settings, patch: Partial<ScoringSettings>): Settings => ({
  ...settings,
  scoring: { ...settings.scoring, ...patch },
});

export const withRule = (settings: Settings, patch: Partial<MqlRule>): Settings =>
  withScoring(settings, { rule: { ...settings.scoring.rule, ...patch } });

export const withFit = (settings: Settings, patch: Partial<FitSettings>): Settings =>
  withScoring(settings, { fit: { ...settings.scoring.fit, ...patch } });

export const withDecay = (settings: Settings, patch: Partial<DecaySettings>): Settings =>
  withScoring(settings, { decay: { ...settings.scoring.decay, ...patch } });

export const withSales = (settings: Settings, patch: Partial<SalesSettings>): Settings => ({
  ...settings,
  sales: { ...settings.sales, ...patch },
});

/** Signature of every group: a new whole settings object and the locale key naming the change. */
export type Commit = (next: Settings, label: MessageKey) => void;
