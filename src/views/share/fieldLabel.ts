// Settings named the way the reader knows them from the controls, never by their dotted path. The label
// tree has the shape of `Settings`, so a setting added without a label does not compile.
import type { ActivityKind } from '../../engine/catalog';
import type { Settings } from '../../engine/settings';
import { translate, type Locale, type MessageKey } from '../../i18n/messages';
import { defaultAt } from '../../state/persist/recover';
import type { PersistProblem } from '../../state/persist/problems';

type Label = (locale: Locale) => string;
/** A group of settings: its own label, and one for each of its fields. */
interface Group<T> {
  self: Label;
  fields: { [K in keyof T]-?: Node<T[K]> };
}
/** A record keyed by a catalog list (activities, roles, sizes): one pattern labels every entry. */
interface Family<K extends string> {
  self: Label;
  each: (key: K, locale: Locale) => string;
}
type Node<T> = T extends readonly unknown[] ? Label : T extends object ? Group<T> | Family<keyof T & string> : Label;
/** The same tree, as walked by a path that is only known at run time. */
type AnyNode = Label | Family<string> | { self: Label; fields: Record<string, AnyNode | undefined> };

const key =
  (k: MessageKey): Label =>
  (locale) =>
    translate(locale, k);

/** A control whose own label only makes sense under its group's heading. */
const within =
  (group: MessageKey, item: MessageKey): Label =>
  (locale) =>
    translate(locale, 'share.field.within', { group: translate(locale, group), item: translate(locale, item) });

const fitPoints = (item: MessageKey): Label => within('controls.group.fit', item);
const activity = (kind: ActivityKind, locale: Locale): string => translate(locale, `controls.activity.${kind}`);

const LABELS: Group<Settings>['fields'] = {
  version: key('share.field.version'),
  seed: key('controls.simulation.seed.label'),
  population: key('controls.simulation.population.label'),
  days: key('controls.simulation.days.label'),
  scoring: {
    self: key('share.field.scoring'),
    fields: {
      weights: {
        self: key('controls.group.activity'),
        each: (kind, locale) => translate(locale, 'share.field.weight', { activity: activity(kind, locale) }),
      },
      maxCount: {
        self: within('controls.group.activity', 'controls.group.limits'),
        each: (kind, locale) => translate(locale, 'controls.activity.limit.label', { activity: activity(kind, locale) }),
      },
      maxEngagement: key('controls.activity.cap.label'),
      fit: {
        self: key('controls.group.fit'),
        fields: {
          role: { self: fitPoints('controls.fit.role.legend'), each: (role, locale) => fitPoints(`controls.fit.role.${role}`)(locale) },
          targetIndustry: fitPoints('controls.fit.targetIndustry.label'),
          otherIndustry: fitPoints('controls.fit.otherIndustry.label'),
          size: { self: fitPoints('controls.fit.size.legend'), each: (size, locale) => fitPoints(`controls.fit.size.${size}`)(locale) },
          freeMail: fitPoints('controls.fit.freeMail.label'),
          competitor: fitPoints('controls.fit.competitor.label'),
        },
      },
      decay: {
        self: key('controls.group.decay'),
        fields: {
          mode: within('controls.group.decay', 'controls.decay.mode.legend'),
          points: within('controls.group.decay', 'controls.decay.points.label'),
          periodDays: within('controls.group.decay', 'controls.decay.periodDays.label'),
          halfLifeDays: within('controls.group.decay', 'controls.decay.halfLifeDays.label'),
        },
      },
      rule: {
        self: key('controls.group.rule'),
        fields: {
          mode: within('controls.group.rule', 'controls.rule.mode.legend'),
          comparator: within('controls.group.rule', 'controls.rule.comparator.legend'),
          threshold: key('controls.rule.threshold.label'),
          fitMin: key('controls.rule.fitMin.label'),
          engagementMin: key('controls.rule.engagementMin.label'),
          fastTrack: key('controls.rule.fastTrack.legend'),
        },
      },
    },
  },
  sales: {
    self: key('controls.group.sales'),
    fields: {
      capacityPerDay: key('controls.sales.capacity.label'),
      slaHours: key('controls.sales.sla.label'),
      minResponseHours: key('controls.sales.minResponse.label'),
      speedHalfLifeHours: key('controls.sales.speedHalfLife.label'),
      abandonAfterDays: key('controls.sales.abandon.label'),
      hoursPerContact: key('controls.sales.hoursPerContact.label'),
      hoursPerSal: key('controls.sales.hoursPerSal.label'),
      disqualifyReasons: key('controls.sales.disqualify.legend'),
      recycle: {
        self: key('controls.sales.recycle.legend'),
        fields: {
          mode: key('controls.sales.recycle.legend'),
          keep: within('controls.sales.recycle.legend', 'controls.sales.keep.label'),
        },
      },
    },
  },
};

/**
 * The reader's name for the setting (or group of settings) at a dotted path, or null when the path is not
 * a setting of this simulator.
 */
export function fieldLabel(path: string, locale: Locale): string | null {
  if (defaultAt(path) === undefined) return null;
  const [top, ...rest] = path.split('.');
  let node = (LABELS as unknown as Record<string, AnyNode | undefined>)[top!];
  for (const part of rest) {
    if (node === undefined || typeof node === 'function') return null;
    if ('each' in node) return node.each(part, locale);
    node = node.fields[part];
  }
  if (node === undefined) return null;
  return typeof node === 'function' ? node(locale) : node.self(locale);
}

/**
 * How a problem names its field: by label when it is a setting, else as the key was written (prefixed with
 * where it sat in a file), so the reader can find it.
 */
export function problemField(problem: PersistProblem, locale: Locale, prefix = ''): string {
  const label = problem.kind === 'unknown' ? null : fieldLabel(problem.field, locale);
  return label ?? `${prefix}${problem.field}`;
}
