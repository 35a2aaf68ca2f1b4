// The words for a task's conditions, built from the condition itself so that a lesson file never has to
// spell out "at least 1,605 MQLs" in two languages, and the numbers always match the figures on screen.
import { fmtNumber, fmtPercent, getLocale, t } from '../../i18n';
import { METRIC_KIND, type Comparison, type LeafCheck, type LocalText, type Metric } from '../../learn/task';

const COMPARISON_KEY = {
  '>': 'learn.condition.gt',
  '>=': 'learn.condition.gte',
  '<': 'learn.condition.lt',
  '<=': 'learn.condition.lte',
} as const satisfies Record<Comparison, string>;

/**
 * A whole-number figure's target, rounded the way the comparison reads, so that what the page says is
 * exactly what counts: "at least 417.2" is shown as "at least 418", "at most 417.8" as "at most 417".
 */
function wholeTarget(target: number, op: Comparison): number {
  return op === '>=' || op === '<' ? Math.ceil(target) : Math.floor(target);
}

/** A figure as the metric cards write it. */
function formatMetric(metric: Metric, value: number, op?: Comparison): string {
  switch (METRIC_KIND[metric]) {
    case 'share':
      return fmtPercent(value);
    case 'count':
      return fmtNumber(op ? wholeTarget(value, op) : value);
    case 'days':
      return t('learn.value.days', { days: value });
    case 'hours':
      return t('learn.value.hours', { hours: value });
  }
}

export const localText = (text: LocalText): string => text[getLocale()];

/** What a condition asks for, in the current language. */
export function conditionText(check: LeafCheck): string {
  if (check.kind === 'setting') return localText(check.condition.label);
  const { condition, target, start } = check;
  if (condition.label) return localText(condition.label);
  const metric = t(`learn.metric.${condition.metric}`);
  const value = target === null ? '…' : formatMetric(condition.metric, target, condition.op);
  const asked = t(COMPARISON_KEY[condition.op], { metric, value });
  if (!('ofBaseline' in condition) || start === null) return asked;
  const from = formatMetric(condition.metric, start);
  const relation =
    condition.ofBaseline === 1
      ? t('learn.condition.sameAsStart', { start: from })
      : t('learn.condition.ofStart', { start: from, share: fmtPercent(condition.ofBaseline) });
  return t('learn.condition.relative', { condition: asked, relation });
}

/** The figure or setting as it is now, or null when there is nothing worth showing (a list, a name). */
export function currentText(check: LeafCheck): string | null {
  if (check.kind === 'setting') return typeof check.current === 'number' ? fmtNumber(check.current) : null;
  return check.current === null ? t('learn.task.noFigure') : formatMetric(check.condition.metric, check.current);
}
