// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { Session } from '../../src/state/session.svelte';
import ControlsPanel from '../../src/views/controls/ControlsPanel.svelte';
import type { SimulationClient } from '../../src/worker/client';

/** A client whose runs never report back: the panel is tested on what it commits, not on results. */
const idleClient = (): SimulationClient => ({
  run: async () => ({ status: 'stale' }),
  inspect: async () => ({ status: 'stale' }),
  cancel() {},
  dispose() {},
});

let session: Session;

function renderPanel() {
  session = new Session(idleClient());
  const commit = vi.spyOn(session, 'commit');
  render(ControlsPanel, { props: { session } });
  return commit;
}

const threshold = () => screen.getByRole('slider', { name: /MQL threshold/ });
const thresholdField = () => screen.getByRole('spinbutton', { name: /MQL threshold/ });
const presetSelect = () => screen.getByRole('combobox', { name: 'Preset' });
const undoButton = () => screen.getByRole('button', { name: /^Undo/ });

beforeEach(() => setLocale('en'));
afterEach(() => session.dispose());

describe('ControlsPanel', () => {
  it('names the threshold slider and its number field "MQL threshold", with an explanation', () => {
    renderPanel();
    expect(threshold()).toHaveAccessibleName('MQL threshold');
    expect(thresholdField()).toHaveAccessibleName(/^MQL threshold/);
    expect(threshold()).toHaveAccessibleDescription(/score a lead must pass/);
    expect(thresholdField()).toHaveAccessibleDescription(/score a lead must pass/);
    expect(threshold()).toHaveValue('100');
    expect(threshold()).toHaveAttribute('aria-valuetext', '100 points');
  });

  it('follows the slider while it moves and commits once, with the new threshold, when it is let go', () => {
    const commit = renderPanel();
    fireEvent.input(threshold(), { target: { value: '120' } });
    fireEvent.input(threshold(), { target: { value: '130' } });
    expect(thresholdField()).toHaveValue(130);
    expect(commit).not.toHaveBeenCalled();

    fireEvent.change(threshold());
    expect(commit).toHaveBeenCalledTimes(1);
    const [next, label] = commit.mock.calls[0]!;
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      scoring: { ...DEFAULT_SETTINGS.scoring, rule: { ...DEFAULT_SETTINGS.scoring.rule, threshold: 130 } },
    });
    expect(session.settings.scoring.rule.threshold).toBe(130);
    expect(undoButton()).toHaveAccessibleName(/Undo: MQL threshold/);
    expect(label).toBe('controls.rule.threshold.label');
  });

  it('commits a typed threshold on Enter', () => {
    const commit = renderPanel();
    fireEvent.input(thresholdField(), { target: { value: '250' } });
    expect(commit).not.toHaveBeenCalled();
    fireEvent.keyDown(thresholdField(), { key: 'Enter' });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(session.settings.scoring.rule.threshold).toBe(250);
    expect(threshold()).toHaveValue('250');
  });

  it.each([
    ['out of range', '9999'],
    ['empty', ''],
    ['not a whole number', '12.5'],
  ])('refuses a typed value that is %s, says why next to the field and keeps the last valid one', (_, typed) => {
    const commit = renderPanel();
    const field = thresholdField();
    fireEvent.input(field, { target: { value: typed } });
    fireEvent.change(field);

    expect(commit).not.toHaveBeenCalled();
    expect(session.settings.scoring.rule.threshold).toBe(100);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Enter a whole number from 0 to 500\. Still using 100\./);
    expect(threshold()).toHaveValue('100');

    // A valid value clears the message and is committed.
    fireEvent.input(field, { target: { value: '90' } });
    fireEvent.change(field);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(session.settings.scoring.rule.threshold).toBe(90);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Still using/)).toBeNull();
  });

  it('applies the article preset from the select, and undo brings the previous settings back', () => {
    renderPanel();
    expect(presetSelect()).toHaveDisplayValue('Typical B2B scoring');
    expect(undoButton()).toBeDisabled();

    fireEvent.change(presetSelect(), { target: { value: 'article' } });
    expect(session.settings.scoring.rule).toMatchObject({ threshold: 10, comparator: '>', mode: 'total' });
    expect(session.settings.scoring.weights).toMatchObject({ inquiry: 2, documentDownload: 3, quoteRequest: 5 });
    expect(session.settings.seed).toBe(DEFAULT_SETTINGS.seed);
    expect(thresholdField()).toHaveValue(10);
    expect(screen.getByRole('radio', { name: /over 10/ })).toBeChecked();
    expect(presetSelect()).toHaveDisplayValue("The article's example");
    expect(screen.getByText(/a total over 10 makes an MQL/)).toBeInTheDocument();

    expect(undoButton()).toBeEnabled();
    expect(undoButton()).toHaveAccessibleName('Undo: preset');
    fireEvent.click(undoButton());
    expect(session.settings).toEqual(DEFAULT_SETTINGS);
    expect(thresholdField()).toHaveValue(100);
    expect(screen.getByRole('radio', { name: /10 or more/ })).toBeChecked();
    expect(presetSelect()).toHaveDisplayValue('Typical B2B scoring');
    expect(undoButton()).toBeDisabled();
  });

  it('shows "custom" once the settings match no preset', () => {
    renderPanel();
    fireEvent.input(threshold(), { target: { value: '101' } });
    fireEvent.change(threshold());
    expect(presetSelect()).toHaveDisplayValue('Custom settings');
  });

  it('undoes with Ctrl+Z outside text fields, but leaves Ctrl+Z in a number field to the browser', () => {
    renderPanel();
    fireEvent.change(presetSelect(), { target: { value: 'salesDrowning' } });
    fireEvent.keyDown(thresholdField(), { key: 'z', ctrlKey: true });
    expect(session.settings.scoring.rule.threshold).toBe(40);

    fireEvent.keyDown(threshold(), { key: 'z', ctrlKey: true });
    expect(session.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('asks for a fit and an engagement minimum instead of one threshold in the two-axis mode', () => {
    const commit = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: /fit and its engagement each pass/ }));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(session.settings.scoring.rule.mode).toBe('fitAndEngagement');
    expect(screen.queryByRole('slider', { name: /MQL threshold/ })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Minimum fit score' })).toHaveValue('30');
    expect(screen.getByRole('slider', { name: 'Minimum engagement score' })).toHaveValue('50');
  });

  it('adds a fast-track activity without losing the ones already chosen', () => {
    renderPanel();
    const fastTrack = screen.getByRole('group', { name: /Fast track/ });
    expect(within(fastTrack).getAllByRole('checkbox')).toHaveLength(11);
    fireEvent.click(within(fastTrack).getByRole('checkbox', { name: 'Inquiry' }));
    expect(session.settings.scoring.rule.fastTrack).toEqual(['quoteRequest', 'inquiry']);
  });

  it('edits activity points, fit points and sales settings without touching the rest', () => {
    renderPanel();
    const inquiry = screen.getByRole('spinbutton', { name: 'Inquiry points' });
    fireEvent.input(inquiry, { target: { value: '-20' } });
    fireEvent.change(inquiry);
    expect(session.settings.scoring.weights).toEqual({ ...DEFAULT_SETTINGS.scoring.weights, inquiry: -20 });

    const student = screen.getByRole('slider', { name: 'Student' });
    fireEvent.input(student, { target: { value: '-50' } });
    fireEvent.change(student);
    expect(session.settings.scoring.fit.role).toEqual({ ...DEFAULT_SETTINGS.scoring.fit.role, student: -50 });
    expect(session.settings.scoring.weights.inquiry).toBe(-20);

    fireEvent.click(screen.getByRole('checkbox', { name: 'No budget' }));
    expect(session.settings.sales.disqualifyReasons).toEqual(['not_in_icp', 'competitor', 'no_budget']);
    expect(session.history).toHaveLength(3);
  });

  it('moves the population slider in equal ratios across 100 to 100,000 and commits the exact typed number', () => {
    renderPanel();
    const slider = screen.getByRole('slider', { name: 'Leads simulated' });
    const field = screen.getByRole('spinbutton', { name: /Leads simulated/ });
    expect(field).toHaveValue(5000);

    fireEvent.input(slider, { target: { value: slider.getAttribute('min') } });
    expect(slider).toHaveAttribute('aria-valuetext', '100 leads');
    fireEvent.input(slider, { target: { value: slider.getAttribute('max') } });
    expect(field).toHaveValue(100000);
    fireEvent.change(slider);
    expect(session.settings.population).toBe(100000);

    fireEvent.input(field, { target: { value: '1234' } });
    fireEvent.change(field);
    expect(session.settings.population).toBe(1234);
    expect(slider).toHaveAttribute('aria-valuetext', '1,234 leads');
  });

  it('draws a new seed on request', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(session.history.at(-1)?.label).toBe('controls.undo.seed');
    expect(screen.getByRole('spinbutton', { name: 'Random seed' })).toHaveValue(session.settings.seed);
  });

  it('speaks Japanese', () => {
    setLocale('ja');
    renderPanel();
    expect(screen.getByRole('slider', { name: 'MQLのしきい値' })).toHaveAttribute('aria-valuetext', '100点');
    expect(screen.getByRole('combobox', { name: 'プリセット' })).toHaveDisplayValue('一般的なB2Bのスコアリング');
    expect(screen.getByRole('checkbox', { name: '見積もり依頼' })).toBeChecked();
  });
});
