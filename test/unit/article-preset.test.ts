import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../src/engine/catalog';
import { scoreTimeline } from '../../src/engine/timeline';
import { PRESETS } from '../../src/state/defaults';

const article = PRESETS.find((p) => p.id === 'article')!;
const lifecycle = { disqualifyReasons: [] };

describe("the article's scoring example (inquiry 2, document request 3, quote 5, MQL over 10)", () => {
  it('carries exactly those points and nothing else', () => {
    const { weights, fit, rule, decay, maxEngagement } = article.scoring;
    expect(weights.inquiry).toBe(2);
    expect(weights.documentDownload).toBe(3);
    expect(weights.quoteRequest).toBe(5);
    const others = ACTIVITY_KINDS.filter((k) => !['inquiry', 'documentDownload', 'quoteRequest'].includes(k));
    for (const kind of others) expect(weights[kind]).toBe(0);
    expect(Object.values(fit.role).every((p) => p === 0)).toBe(true);
    expect(rule).toMatchObject({ mode: 'total', comparator: '>', threshold: 10, fastTrack: [] });
    expect(decay.mode).toBe('none');
    expect(maxEngagement).toBeNull();
  });

  it('scores a known lead step by step and hands it over only once the total is over 10', () => {
    const steps = scoreTimeline(article.scoring, lifecycle, 0, [
      { time: 0, kind: 'inquiry' }, // 2
      { time: 3, kind: 'pageView' }, // 2: page views earn nothing here
      { time: 5, kind: 'documentDownload' }, // 5
      { time: 9, kind: 'quoteRequest' }, // 10: "over 10" is not met by exactly 10
      { time: 12, kind: 'inquiry' }, // 12: now over 10
      { time: 20, kind: 'documentDownload' }, // 15, already an MQL
    ]);
    expect(steps.map((s) => s.total)).toEqual([2, 2, 5, 10, 12, 15]);
    expect(steps.map((s) => s.stage)).toEqual(['nurturing', 'nurturing', 'nurturing', 'nurturing', 'mql', 'mql']);
    expect(steps[4]).toMatchObject({ time: 12, reason: 'transition.threshold' });
    expect(steps.filter((s) => s.reason === 'transition.threshold')).toHaveLength(1);
  });

  it('reads "10 or more" as reaching the threshold at exactly 10 when the team chooses >=', () => {
    const atLeast = { ...article.scoring, rule: { ...article.scoring.rule, comparator: '>=' as const } };
    const steps = scoreTimeline(atLeast, lifecycle, 0, [
      { time: 0, kind: 'inquiry' },
      { time: 5, kind: 'documentDownload' },
      { time: 9, kind: 'quoteRequest' },
    ]);
    expect(steps.map((s) => s.total)).toEqual([2, 5, 10]);
    expect(steps.at(-1)).toMatchObject({ stage: 'mql', reason: 'transition.threshold' });
  });
});
