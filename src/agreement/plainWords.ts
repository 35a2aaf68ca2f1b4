// The agreed definition in sentences both teams can read: no field names, only what happens to a lead.
import { ACTIVITY_KINDS, COMPANY_SIZES, ROLES } from '../engine/catalog';
import type { Settings } from '../engine/settings';
import { formatPercent, translate, type Locale, type MessageKey } from '../i18n/messages';

/** Points may have decimals (a half-life decay, a fractional weight); counts never do. */
const points = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

function list(locale: Locale, items: string[]): string {
  return items.join(translate(locale, 'agreement.words.listSeparator'));
}

export function mqlSentences(locale: Locale, settings: Settings): string[] {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const { rule, weights, fit, decay, maxEngagement } = settings.scoring;
  const over = rule.comparator === '>';
  const sentences: string[] = [];

  if (rule.mode === 'total') {
    sentences.push(
      say(over ? 'agreement.words.rule.total.over' : 'agreement.words.rule.total.atLeast', {
        threshold: points(locale, rule.threshold),
      }),
    );
  } else {
    sentences.push(
      say(over ? 'agreement.words.rule.both.over' : 'agreement.words.rule.both.atLeast', {
        fit: points(locale, rule.fitMin),
        engagement: points(locale, rule.engagementMin),
      }),
    );
  }

  const activity = (kind: (typeof ACTIVITY_KINDS)[number]) => say(`controls.activity.${kind}`);
  sentences.push(
    rule.fastTrack.length > 0
      ? say('agreement.words.fastTrack', { activities: list(locale, rule.fastTrack.map(activity)) })
      : say('agreement.words.fastTrack.none'),
  );

  const scored = ACTIVITY_KINDS.filter((kind) => weights[kind] !== 0).map((kind) =>
    say('agreement.words.item', { name: activity(kind), points: points(locale, weights[kind]) }),
  );
  sentences.push(
    scored.length > 0
      ? say('agreement.words.activityPoints', { items: list(locale, scored) })
      : say('agreement.words.activityPoints.none'),
  );
  if (maxEngagement !== null) {
    sentences.push(say('agreement.words.cap', { cap: points(locale, maxEngagement) }));
  }

  const fitItems: [MessageKey, number][] = [
    ...ROLES.map((role): [MessageKey, number] => [`controls.fit.role.${role}`, fit.role[role]]),
    ['controls.fit.targetIndustry.label', fit.targetIndustry],
    ['controls.fit.otherIndustry.label', fit.otherIndustry],
    ...COMPANY_SIZES.map((size): [MessageKey, number] => [`controls.fit.size.${size}`, fit.size[size]]),
    ['controls.fit.freeMail.label', fit.freeMail],
    ['controls.fit.competitor.label', fit.competitor],
  ];
  const fitScored = fitItems
    .filter(([, value]) => value !== 0)
    .map(([key, value]) => say('agreement.words.item', { name: say(key), points: points(locale, value) }));
  sentences.push(
    fitScored.length > 0
      ? say('agreement.words.fitPoints', { items: list(locale, fitScored) })
      : say('agreement.words.fitPoints.none'),
  );

  if (decay.mode === 'none') sentences.push(say('agreement.words.decay.none'));
  else if (decay.mode === 'period') {
    sentences.push(
      say('agreement.words.decay.period', { points: points(locale, decay.points), days: decay.periodDays }),
    );
  } else {
    sentences.push(say('agreement.words.decay.halfLife', { days: points(locale, decay.halfLifeDays) }));
  }
  return sentences;
}

export function salesSentences(locale: Locale, settings: Settings): string[] {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const { sales } = settings;
  const sentences = [
    say('agreement.words.sla', { hours: points(locale, sales.slaHours) }),
    say('agreement.words.capacity', { capacity: sales.capacityPerDay }),
    say('agreement.words.abandon', { days: sales.abandonAfterDays }),
  ];
  sentences.push(
    sales.disqualifyReasons.length > 0
      ? say('agreement.words.disqualify', {
          reasons: list(locale, sales.disqualifyReasons.map((reason) => say(`reject.${reason}`))),
        })
      : say('agreement.words.disqualify.none'),
  );
  sentences.push(
    sales.recycle.mode === 'reset'
      ? say('agreement.words.recycle.reset')
      : say('agreement.words.recycle.reduce', { keep: formatPercent(locale, sales.recycle.keep) }),
  );
  return sentences;
}
