// The card as a versioned JSON file, and the checks a file must pass before it may touch the settings.
import * as v from 'valibot';
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { PersistProblem } from '../state/persist/problems';
import { recoverSettings } from '../state/persist/recover';
import { ISO_DATE, type AgreementCard, type Figures } from './card';

export const AGREEMENT_KIND = 'lead-funnel-lab/agreement';
export const AGREEMENT_VERSION = 1;
/** Larger files are refused before they are read: a real card is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export function toJson(card: AgreementCard): string {
  return JSON.stringify({ kind: AGREEMENT_KIND, version: AGREEMENT_VERSION, ...card }, null, 2);
}

/** Why a file was refused, as a message key the page shows in the reader's language. */
export interface ImportProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Dotted path of the part of the card at fault; named with `cardFieldLabel` when shown. */
  field?: string;
}

/** A readable card may still carry a few bad settings: those fall back to the default, and the reader is told. */
export type ImportOutcome =
  | { ok: true; card: AgreementCard; replaced: PersistProblem[] }
  | { ok: false; problems: ImportProblem[] };

const NAME = v.pipe(v.string(), v.maxLength(200));
const SHARE = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)));
const COUNT = v.pipe(v.number(), v.finite(), v.minValue(0));

const envelope = v.object({
  kind: v.literal(AGREEMENT_KIND),
  version: v.number(),
});

const cardSchema = v.object({
  teams: v.strictObject({ marketing: NAME, sales: NAME }),
  date: v.pipe(v.string(), v.regex(ISO_DATE)),
  settings: v.unknown(),
  figures: v.strictObject({
    mqls: COUNT,
    acceptance: SHARE,
    precision: SHARE,
    recall: SHARE,
    slaBreaches: COUNT,
    medianDaysToMql: v.nullable(COUNT),
    sqls: COUNT,
    won: COUNT,
  }),
});

const refuse = (key: MessageKey, params?: ImportProblem['params']): ImportOutcome => ({
  ok: false,
  problems: [{ key, ...(params ? { params } : {}) }],
});

/** Reads a file's text; never throws, and says what is wrong when it refuses. */
export function parseAgreement(text: string): ImportOutcome {
  if (text.length > MAX_IMPORT_BYTES) return refuse('agreement.import.tooBig', { limit: '1 MB' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('agreement.import.notJson');
  }
  if (!v.is(envelope, data)) return refuse('agreement.import.notOurs');
  if (data.version !== AGREEMENT_VERSION) {
    return refuse('agreement.import.version', { version: String(data.version) });
  }
  const card = v.safeParse(cardSchema, data);
  if (!card.success) {
    return {
      ok: false,
      problems: card.issues.map((issue) => ({ key: 'agreement.import.badField', field: v.getDotPath(issue) ?? '' })),
    };
  }
  const settings = recoverSettings(card.output.settings);
  // Without readable settings the card would sign the defaults, not what the teams agreed on.
  const version = settings.problems.find((problem) => problem.kind === 'version');
  if (version) return refuse('agreement.import.settingsVersion', { version: version.detail ?? '' });
  if (settings.problems.some((problem) => problem.field === '')) {
    return refuse('agreement.import.badSettings');
  }
  return { ok: true, card: { ...card.output, settings: settings.value }, replaced: settings.problems };
}

const FIGURES = Object.keys(cardSchema.entries.figures.entries) as (keyof Figures)[];

/** The card's parts as the card page labels them. */
const CARD_LABELS: Record<string, MessageKey> = {
  teams: 'agreement.form.heading',
  'teams.marketing': 'agreement.team.marketing.label',
  'teams.sales': 'agreement.team.sales.label',
  date: 'agreement.date.label',
  figures: 'agreement.figures.heading',
  ...Object.fromEntries(FIGURES.map((id) => [`figures.${id}`, `agreement.figure.${id}` satisfies MessageKey])),
};

/** A part of the card by the name the reader sees on the page; anything else as it was written in the file. */
export const cardFieldLabel = (path: string, locale: Locale): string =>
  Object.hasOwn(CARD_LABELS, path) ? translate(locale, CARD_LABELS[path]!) : path;
