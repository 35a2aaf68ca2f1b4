import { t } from '../../i18n';
import type { PersistProblem } from '../../state/persist/problems';

/** One sentence naming the field and saying what was done instead, in the page's language. */
export function problemText(problem: PersistProblem): string {
  const field = problem.field;
  switch (problem.kind) {
    case 'invalid':
      return field ? t('share.problem.invalid', { field }) : t('share.problem.whole');
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
