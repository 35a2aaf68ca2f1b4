// The points two definitions give, item by item, so the page can say in words where they disagree
// ("Inquiry: 50 vs 5 points") instead of leaving the room to spot it in two long lists of fields.
import { ACTIVITY_KINDS, COMPANY_SIZES, ROLES } from '../../engine/catalog';
import type { ScoringSettings } from '../../engine/settings';
import { t } from '../../i18n';
import { formatValue } from '../controls/units';

interface PointItem {
  label: () => string;
  of: (scoring: ScoringSettings) => number;
}

/** In the order the side editors show them: activities first, then who the lead is. */
const POINT_ITEMS: PointItem[] = [
  ...ACTIVITY_KINDS.map((kind) => ({ label: () => t(`controls.activity.${kind}`), of: (s: ScoringSettings) => s.weights[kind] })),
  ...ROLES.map((role) => ({ label: () => t(`controls.fit.role.${role}`), of: (s: ScoringSettings) => s.fit.role[role] })),
  { label: () => t('controls.fit.targetIndustry.label'), of: (s) => s.fit.targetIndustry },
  { label: () => t('controls.fit.otherIndustry.label'), of: (s) => s.fit.otherIndustry },
  ...COMPANY_SIZES.map((size) => ({ label: () => t(`controls.fit.size.${size}`), of: (s: ScoringSettings) => s.fit.size[size] })),
  { label: () => t('controls.fit.freeMail.label'), of: (s) => s.fit.freeMail },
  { label: () => t('controls.fit.competitor.label'), of: (s) => s.fit.competitor },
];

/** One sentence per activity or fit attribute whose points differ, A's value first. */
export function pointDifferences(a: ScoringSettings, b: ScoringSettings): string[] {
  return POINT_ITEMS.filter((item) => item.of(a) !== item.of(b)).map((item) =>
    t('compare.points.item', { name: item.label(), a: formatValue(item.of(a)), b: formatValue(item.of(b)) }),
  );
}
