// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../src/agreement/json';
import { setLocale } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Keeper, type Surroundings } from '../../src/state/persist/keeper.svelte';
import type { Session } from '../../src/state/session.svelte';
import type { SettingsProblem } from '../../src/state/schema';
import ImportAgreement from '../../src/views/agreement/ImportAgreement.svelte';
import RunStatus from '../../src/views/RunStatus.svelte';
import ShareNotice from '../../src/views/share/ShareNotice.svelte';

const session = { commit: () => {} } as unknown as Session;

const linked = (search: string): Surroundings => ({
  location: { search, hash: '', pathname: '/' },
  history: { state: null, replaceState: () => {} },
  storage: undefined,
});

async function importFile(data: unknown): Promise<void> {
  const file = new File([JSON.stringify(data)], 'card.json', { type: 'application/json' });
  await fireEvent.change(screen.getByLabelText(/Import an agreement|合意書を読み込む/), { target: { files: [file] } });
}

const cardData = () =>
  JSON.parse(
    toJson({
      teams: { marketing: 'M', sales: 'S' },
      date: '2026-01-02',
      settings: DEFAULT_SETTINGS,
      figures: { mqls: 1, acceptance: 0.5, precision: 0.5, recall: 0.5, slaBreaches: 0, medianDaysToMql: 3, sqls: 1, won: 0 },
    }),
  );

afterEach(() => setLocale('en'));

describe('ShareNotice', () => {
  it('names the bad settings of a link by their labels, and follows a change of language', () => {
    setLocale('en');
    render(ShareNotice, { props: { keeper: new Keeper(linked('?v=1&scoring.rule.threshold=NaN&scoring.rule.colour=1')), session } });
    const items = () => within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toEqual([
      '“scoring.rule.colour” is not a setting of this simulator, so it was ignored.',
      'The value for “MQL threshold” is not valid, so the default is used.',
    ]);

    setLocale('ja');
    flushSync();
    expect(items()).toEqual([
      '「scoring.rule.colour」はこのシミュレーターの設定ではないため、無視しました。',
      '「MQLのしきい値」の値が正しくないため、初期値を使用します。',
    ]);
  });
});

describe('RunStatus', () => {
  it('says why a run was refused by the names of the controls, in the current language, without paths or valibot’s English', () => {
    setLocale('en');
    const problems: SettingsProblem[] = [
      { field: 'scoring.rule.threshold', message: 'Invalid type: Expected number but received "high"' },
      { field: 'sales.slaHours', message: 'Invalid value: Expected >=1 but received -5' },
      { field: '', message: 'The simulation worker stopped unexpectedly.' },
    ];
    const stopped = { running: false, cancelled: false, progress: 0, problems } as unknown as Session;
    render(RunStatus, { props: { session: stopped, announcement: '' } });
    const alert = screen.getByRole('alert');
    const items = () => within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(alert).toHaveTextContent('The simulation could not run with these settings.');
    expect(items()).toEqual([
      'The value for “MQL threshold” is not one the simulation can use.',
      'The value for “Follow-up deadline (SLA)” is not one the simulation can use.',
      'The simulation stopped unexpectedly. Try again; if it keeps happening, reset to defaults.',
    ]);

    setLocale('ja');
    flushSync();
    expect(items()[0]).toBe('「MQLのしきい値」の値はシミュレーションに使えません。');
    expect(alert.textContent).not.toMatch(/scoring\.rule|slaHours|Invalid|Expected|worker/);
  });
});

describe('ImportAgreement', () => {
  it('lists the settings of a card that fall back by their labels; an unknown key as written in the file', async () => {
    setLocale('en');
    render(ImportAgreement, { props: { session } });
    const data = cardData();
    data.settings.sales.slaHours = -5;
    data.settings.scoring.weights.inquiry = 'lots';
    data.settings.colour = 'red';
    await importFile(data);
    const confirm = await screen.findByRole('group');
    const items = () => within(confirm).getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toEqual([
      '“settings.colour” is not a setting of this simulator and will be ignored.',
      '“Points for Inquiry” was missing or not valid; the default will be used instead.',
      '“Follow-up deadline (SLA)” was missing or not valid; the default will be used instead.',
    ]);

    setLocale('ja');
    flushSync();
    expect(items()).toContain('「初回対応の期限（SLA）」がないか正しくないため、初期値を使います。');
    expect(items()).toContain('「問い合わせの点数」がないか正しくないため、初期値を使います。');
  });

  it('refuses a card whose settings version is unknown, says so in the current language, and changes nothing', async () => {
    setLocale('ja');
    let commits = 0;
    render(ImportAgreement, { props: { session: { commit: () => commits++ } as unknown as Session } });
    const data = cardData();
    data.settings.version = 7;
    await importFile(data);
    expect(
      await screen.findByText('このファイルの設定は設定バージョン7の形式で、このページでは読み取れません（新しいLead Funnel Labで作られたファイルかもしれません）。設定は変更していません。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('button', { name: '設定を置き換える' })).toBeNull();
    expect(commits).toBe(0);
  });

  it('names a bad part of a refused card as the card page labels it', async () => {
    setLocale('en');
    render(ImportAgreement, { props: { session } });
    const data = cardData();
    data.teams.sales = 7;
    await importFile(data);
    expect(await screen.findByText('The agreement’s “Sales team” is missing or not valid. Nothing was changed.')).toBeInTheDocument();
  });
});
