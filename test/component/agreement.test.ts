// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figuresOf, type AgreementCard as Card } from '../../src/agreement/card';
import { simulate } from '../../src/engine/simulate';
import { formatNumber, formatPercent, setLocale } from '../../src/i18n';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';
import { Session } from '../../src/state/session.svelte';
import AgreementCard from '../../src/views/agreement/AgreementCard.svelte';
import AgreementPage from '../../src/views/agreement/AgreementPage.svelte';
import ImportAgreement from '../../src/views/agreement/ImportAgreement.svelte';
import { createLeadsCsvClient, type SimulationClient, type WorkerLike } from '../../src/worker/client';
import { handleRequest } from '../../src/worker/handle';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/messages';

const settings = applyPreset({ ...DEFAULT_SETTINGS, population: 300, days: 60 }, PRESETS.find((p) => p.id === 'article')!);
const result = simulate(settings);
const card: Card = { teams: { marketing: 'Demand Gen', sales: '' }, date: '2026-11-24', settings, figures: figuresOf(result) };

describe('AgreementCard', () => {
  it('shows the rule in plain words and every figure as the engine computed it', () => {
    setLocale('en');
    render(AgreementCard, { props: { card } });
    expect(screen.getByRole('heading', { level: 3, name: 'MQL and SQL agreement' })).toBeInTheDocument();
    expect(screen.getByText('Agreed between Demand Gen and the sales team.')).toBeInTheDocument();
    const mql = screen.getByRole('region', { name: 'When a lead becomes an MQL' });
    expect(within(mql).getAllByRole('listitem')[0]).toHaveTextContent('more than 10 points');
    const figure = (label: string) => screen.getByText(label).nextElementSibling!.textContent;
    expect(figure('MQLs handed to sales')).toBe(formatNumber('en', card.figures.mqls));
    expect(figure('SLA breaches')).toBe(formatNumber('en', card.figures.slaBreaches));
    expect(figure('Accepted by sales')).toBe(
      card.figures.acceptance === null ? 'none to measure' : formatPercent('en', card.figures.acceptance),
    );
  });

  it('speaks Japanese when the page does, with its own separator and units', () => {
    setLocale('ja');
    render(AgreementCard, { props: { card } });
    expect(screen.getByText(/10点を超えたらMQLとします/)).toBeInTheDocument();
    expect(screen.getByText('合意日：2026年11月24日')).toBeInTheDocument();
    expect(screen.getByText('MQL化までの日数（中央値）').nextElementSibling).toHaveTextContent(/^\d+日$/);
    setLocale('en');
  });

  it('gives each team lines to sign, print their name and date', () => {
    setLocale('en');
    render(AgreementCard, { props: { card } });
    const signatures = screen.getByRole('region', { name: 'Signatures', hidden: true });
    const signers = [...signatures.querySelectorAll('.signer')].map((signer) =>
      [...signer.children].map((line) => line.textContent!.trim()),
    );
    expect(signers).toEqual([
      ['For Demand Gen', 'Name', 'Signature', 'Date'],
      ['For the sales team', 'Name', 'Signature', 'Date'],
    ]);
  });

  it('writes the median days to MQL with its unit', () => {
    setLocale('en');
    render(AgreementCard, { props: { card } });
    expect(screen.getByText('Median days to MQL').nextElementSibling).toHaveTextContent(/^\d+ days$/);
  });
});

describe('ImportAgreement', () => {
  const session = (commits: unknown[]) => ({ commit: (...args: unknown[]) => commits.push(args) }) as unknown as Session;

  it('refuses a file that is not an agreement with an alert and commits nothing', async () => {
    setLocale('en');
    const commits: unknown[] = [];
    render(ImportAgreement, { props: { session: session(commits) } });
    const input = screen.getByLabelText('Import an agreement (JSON file)');
    const file = new File(['{"hello": 1}'], 'other.json', { type: 'application/json' });
    await fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/not a Lead Funnel Lab agreement/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(commits).toEqual([]);
  });

  it('offers the file picker with a label in the page language, not the browser\'s own button', () => {
    setLocale('ja');
    render(ImportAgreement, { props: { session: session([]) } });
    const input = screen.getByLabelText('合意書を読み込む（JSONファイル）');
    expect(input).toHaveAttribute('type', 'file');
    // The visible button is a label of the same input: clicking it opens the picker, and it names the input.
    expect(screen.getByText('JSONファイルを選ぶ…')).toHaveAttribute('for', input.id);
    expect(input).toHaveAccessibleName(/JSONファイルを選ぶ…/);
    setLocale('en');
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const commits: unknown[] = [];
    render(ImportAgreement, { props: { session: session(commits) } });
    const file = new File(['x'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 2 * 1024 * 1024 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('must not be read')) });
    await fireEvent.change(screen.getByLabelText('Import an agreement (JSON file)'), { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than 1 MB');
    expect(commits).toEqual([]);
  });
});

describe('AgreementPage: the simulated leads as CSV', () => {
  /** A worker that answers only when the test says, with the real handler or with what the test gives. */
  class FakeWorker implements WorkerLike {
    onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    received: WorkerRequest[] = [];
    postMessage(message: WorkerRequest): void {
      this.received.push(structuredClone(message));
    }
    send(data: WorkerResponse): void {
      this.onmessage?.(new MessageEvent('message', { data }));
    }
    terminate(): void {}
  }

  const idleSimulator = (): SimulationClient => ({
    run: async () => ({ status: 'stale' }),
    inspect: async () => ({ status: 'stale' }),
    cancel() {},
    dispose() {},
  });

  let session: Session;
  afterEach(() => {
    session.dispose();
    vi.restoreAllMocks();
  });

  /** The page with figures on screen; downloads are caught instead of handed to the browser. */
  function renderPage() {
    setLocale('en');
    const worker = new FakeWorker();
    session = new Session(idleSimulator(), { csvClient: createLeadsCsvClient(() => worker) });
    session.result = result;
    session.shownSettings = settings;
    const saved: { name: string; blob: Blob }[] = [];
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:leads';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blob! });
    });
    render(AgreementPage, { props: { session } });
    const button = screen.getByRole('button', { name: 'Download the simulated leads (CSV)' });
    const near = (role: string) => button.parentElement!.querySelector(`[role="${role}"]`);
    return { worker, saved, button, status: () => near('status')!, alert: () => near('alert') };
  }

  it('shows the file being prepared with its progress, refuses a second click meanwhile, then saves it', async () => {
    const { worker, saved, button, status } = renderPage();
    expect(status()).toHaveTextContent('');
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(status()).toHaveTextContent('Preparing the file… 0%');

    const request = worker.received[0]!;
    worker.send({ type: 'progress', id: request.id, done: 0.42 });
    await waitFor(() => expect(status()).toHaveTextContent('Preparing the file… 40%'));
    await fireEvent.click(button);
    expect(worker.received).toHaveLength(1);
    expect(saved).toEqual([]);

    worker.send(handleRequest(request).response);
    await waitFor(() => expect(status()).toHaveTextContent('The file is ready: 300 leads, one row each.'));
    expect(button).toHaveAttribute('aria-disabled', 'false');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe(`simulated-leads-seed-${settings.seed}.csv`);
    expect(saved[0]!.blob.type).toBe('text/csv');
    const lines = (await saved[0]!.blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,channel,role,/);
    expect(lines).toHaveLength(settings.population + 1);
  });

  it('names the setting the worker refused, in words, and saves nothing', async () => {
    const { worker, saved, button, status, alert } = renderPage();
    await fireEvent.click(button);
    worker.send({ type: 'error', id: worker.received[0]!.id, problems: [{ field: 'population', message: 'Invalid type' }] });
    await waitFor(() => expect(alert()).toHaveTextContent('The CSV file could not be prepared.'));
    expect(alert()).toHaveTextContent('“Leads simulated”');
    expect(status()).toHaveTextContent('');
    expect(button).toHaveAttribute('aria-disabled', 'false');
    expect(saved).toEqual([]);
  });

  it('says so plainly when the worker stops, and a second try can succeed', async () => {
    const { worker, saved, button, alert } = renderPage();
    await fireEvent.click(button);
    worker.onerror?.(new ErrorEvent('error', { message: 'out of memory', cancelable: true }));
    await waitFor(() => expect(alert()).toHaveTextContent('The simulation stopped unexpectedly. Try again'));
    await fireEvent.click(button);
    worker.send(handleRequest(worker.received.at(-1)!).response);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(alert()).toBeNull();
  });
});
