import { getLocale, t } from '../../i18n';
import type { PersistProblem } from '../../state/persist/problems';
import type { SettingsProblem } from '../../state/schema';
import { fieldLabel, problemField } from './fieldLabel';

/** One sentence naming the field as the controls do and saying what was done instead, in the page's language. */
export function problemText(problem: PersistProblem): string {
  const field = problemField(problem, getLocale());
  switch (problem.kind) {
    case 'invalid':
      return problem.field ? t('share.problem.invalid', { field }) : t('share.problem.whole');
    case 'unknown':
      return t('share.problem.unknown', { field });
    case 'missing':
      return t('share.problem.missing', { field });
    case 'tooLong':
      return t('share.problem.tooLong', { field });
    case 'tooLarge':
      return t('share.problem.tooLarge');
    case 'version':
      return t('share.problem.version', { version: problem.detail ?? '' });
    case 'unreadable':
      return t('share.problem.unreadable');
  }
}

/**
 * Why the simulation did not run, in the page's language. The worker speaks in paths and in the
 * validator's English: the setting is named by its control (or, for something inside a group that is not
 * a setting, by the group), and a failure with no setting to blame gets one plain sentence.
 */
function runProblemText(problem: SettingsProblem): string {
  if (problem.field === '') return t('status.problem.failed');
  const locale = getLocale();
  const parts = problem.field.split('.');
  for (let depth = parts.length; depth > 0; depth--) {
    const label = fieldLabel(parts.slice(0, depth).join('.'), locale);
    if (label !== null) return t(depth === parts.length ? 'status.problem.value' : 'status.problem.within', { field: label });
  }
  return t('status.problem.settings');
}

/** Each reason once: several problems (two list entries, both sides of a comparison) often read the same. */
export const runProblemTexts = (problems: readonly SettingsProblem[]): string[] => [...new Set(problems.map(runProblemText))];
