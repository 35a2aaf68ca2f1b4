import { describe, expect, it } from 'vitest';
import { kindIndex } from '../../src/engine/catalog';
import { compileScoring, decayed, scoreActivity } from '../../src/engine/scoring';
import { scoreTimeline } from '../../src/engine/timeline';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import type { ScoringSettings } from '../../src/engine/settings';

const typical = DEFAULT_SETTINGS.scoring;
const withScoring = (patch: Partial<ScoringSettings>): ScoringSettings => ({ ...typical, ...patch });

describe('decay', () => {
  const period = { mode: 'period', points: 10, periodDays: 30, halfLifeDays: 30 } as const;

  it('takes points for each full idle period only', () => {
    expect(decayed(25, 29.9, period)).toBe(25);
    expect(decayed(25, 30, period)).toBe(15);
    expect(decayed(25, 65, period)).toBe(5);
  });

  it('never decays below zero, and leaves negative scores alone', () => {
    expect(decayed(25, 120, period)).toBe(0);
    expect(decayed(-40, 120, period)).toBe(-40);
  });

  it('halves the score every half-life', () => {
    const halfLife = { ...period, mode: 'halfLife' } as const;
    expect(decayed(80, 30, halfLife)).toBeCloseTo(40);
    expect(decayed(80, 60, halfLife)).toBeCloseTo(20);
    expect(decayed(80, 60, { ...period, mode: 'none' })).toBe(80);
  });
});

describe('caps', () => {
  it('stops counting an activity after its limit', () => {
    const scoring = compileScoring(withScoring({ maxCount: { ...typical.maxCount, pageView: 2 } }));
    const pageView = kindIndex('pageView');
    expect(scoreActivity(scoring, pageView, 0, 0, 0).points).toBe(1);
    expect(scoreActivity(scoring, pageView, 1, 1, 0).points).toBe(1);
    expect(scoreActivity(scoring, pageView, 2, 2, 0)).toEqual({ points: 0, engagement: 2 });
  });

  it('holds engagement at the cap', () => {
    const scoring = compileScoring(withScoring({ maxEngagement: 60 }));
    expect(scoreActivity(scoring, kindIndex('inquiry'), 0, 40, 0).engagement).toBe(60);
  });
});

describe('the typical B2B rule', () => {
  const lifecycle = { disqualifyReasons: DEFAULT_SETTINGS.sales.disqualifyReasons };

  it('sends a quote request straight to sales (fast track), whatever the score', () => {
    const [step] = scoreTimeline(typical, lifecycle, -20, [{ time: 0, kind: 'quoteRequest' }]);
    expect(step).toMatchObject({ stage: 'mql', reason: 'transition.fastTrack' });
  });

  it('adds fit and engagement, and lets negative points pull a lead back', () => {
    const steps = scoreTimeline(typical, lifecycle, 35, [
      { time: 0, kind: 'seminar' }, // 35 + 15 = 50
      { time: 1, kind: 'careersView' }, // 50 - 10 = 40
      { time: 2, kind: 'inquiry' }, // 40 + 50 = 90
      { time: 3, kind: 'pricingView' }, // 100 >= 100
    ]);
    expect(steps.map((s) => s.total)).toEqual([50, 40, 90, 100]);
    expect(steps.map((s) => s.stage)).toEqual(['nurturing', 'nurturing', 'nurturing', 'mql']);
  });

  it('in fit-and-engagement mode needs both axes', () => {
    const rule = { ...typical.rule, mode: 'fitAndEngagement' as const, fitMin: 30, engagementMin: 50, fastTrack: [] };
    const scoring = withScoring({ rule });
    const engaged = [{ time: 0, kind: 'inquiry' as const }, { time: 1, kind: 'pricingView' as const }];
    expect(scoreTimeline(scoring, lifecycle, 20, engaged).at(-1)!.stage).toBe('nurturing');
    expect(scoreTimeline(scoring, lifecycle, 30, engaged).at(-1)!.stage).toBe('mql');
  });
});
