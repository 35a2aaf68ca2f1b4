// The card as Markdown, for a wiki page or a chat message after the workshop.
import { formatNumber, translate, type Locale, type MessageKey } from '../i18n/messages';
import { formatDate, type AgreementCard } from './card';
import { figureRows } from './figureRows';
import { mqlSentences, salesSentences } from './plainWords';

/** Team names are typed by people: keep them from turning into Markdown markup. */
const escape = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1');

/** What each team writes by hand under the card, in order. */
export const SIGN_LINES: MessageKey[] = ['agreement.sign.name', 'agreement.sign.signature', 'agreement.sign.date'];

export function teamName(locale: Locale, name: string, fallback: 'marketing' | 'sales'): string {
  const trimmed = name.trim();
  return trimmed || translate(locale, fallback === 'marketing' ? 'agreement.team.marketing.default' : 'agreement.team.sales.default');
}

export function toMarkdown(locale: Locale, card: AgreementCard): string {
  const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const marketing = escape(teamName(locale, card.teams.marketing, 'marketing'));
  const sales = escape(teamName(locale, card.teams.sales, 'sales'));
  const bullets = (lines: string[]) => lines.map((line) => `- ${line}`);
  return [
    `# ${say('agreement.title')}`,
    '',
    say('agreement.between', { marketing, sales }),
    '',
    say('agreement.date.line', { date: formatDate(locale, card.date) }),
    '',
    `## ${say('agreement.mql.heading')}`,
    '',
    ...bullets(mqlSentences(locale, card.settings)),
    '',
    `## ${say('agreement.sales.heading')}`,
    '',
    ...bullets(salesSentences(locale, card.settings)),
    '',
    `## ${say('agreement.figures.heading')}`,
    '',
    say('agreement.figures.basis', {
      population: formatNumber(locale, card.settings.population),
      days: card.settings.days,
      seed: String(card.settings.seed),
    }),
    '',
    `| ${say('agreement.figures.col.figure')} | ${say('agreement.figures.col.value')} |`,
    '| --- | ---: |',
    ...figureRows(locale, card.figures).map((row) => `| ${row.label} | ${row.value} |`),
    '',
    `## ${say('agreement.sign.heading')}`,
    '',
    // Blank cells to fill in, one column per team, as on the printed card.
    `| | ${say('agreement.sign.for', { team: marketing })} | ${say('agreement.sign.for', { team: sales })} |`,
    '| --- | --- | --- |',
    ...SIGN_LINES.map((line) => `| ${say(line)} | | |`),
    '',
  ].join('\n');
}
