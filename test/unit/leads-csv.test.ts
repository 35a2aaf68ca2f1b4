import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, CHANNELS, COMPANY_SIZES, ROLES } from '../../src/engine/catalog';
import { leadsCsv } from '../../src/engine/leadsCsv';
import { simulate } from '../../src/engine/simulate';
import { STAGES } from '../../src/lifecycle/stages';
import { DEFAULT_SETTINGS, PRESETS, applyPreset } from '../../src/state/defaults';

const article = applyPreset({ ...DEFAULT_SETTINGS, population: 400, days: 60 }, PRESETS.find((p) => p.id === 'article')!);
const result = simulate(article);

describe('the simulated leads as CSV', () => {
  it('has one row per lead with attributes, activity counts, score, stage and readiness, matching the engine', () => {
    const lines = leadsCsv(article).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'role', 'company_size', 'count_quoteRequest', 'score', 'stage', 'ready_to_buy']));
    expect(lines).toHaveLength(article.population + 1);
    const rows = lines.slice(1).map((line) => Object.fromEntries(line.split(',').map((value, k) => [header[k], value])));
    expect(rows.filter((row) => row.ready_to_buy === 'yes')).toHaveLength(result.finalReady.reduce((a, b) => a + b, 0));
    expect(rows.filter((row) => row.stage === 'won')).toHaveLength(
      result.finalStage.filter((stage) => stage === STAGES.indexOf('won')).length,
    );
    // The article scores only inquiries (2), downloads (3) and quote requests (5), with no fit points or
    // decay: a lead still in Lead was never sent back (which resets the score), so its score is exactly that.
    const points = (row: Record<string, string | undefined>) =>
      2 * Number(row.count_inquiry) + 3 * Number(row.count_documentDownload) + 5 * Number(row.count_quoteRequest);
    const untouched = rows.filter((row) => row.stage === 'lead');
    expect(untouched.length).toBeGreaterThan(0);
    for (const row of untouched) expect(Number(row.score)).toBeCloseTo(points(row), 1);
    for (const row of rows) expect(Number(row.score)).toBeLessThanOrEqual(points(row) + 0.01);
  });

  it('never needs quoting: every word it can write is a plain id', () => {
    // The CSV joins cells with bare commas; an id with a comma, a quote or a line break would split a row.
    for (const id of [...ACTIVITY_KINDS, ...CHANNELS, ...ROLES, ...COMPANY_SIZES, ...STAGES]) {
      expect(id).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('reports its progress rising to the end, through the simulation and then the rows', () => {
    const seen: number[] = [];
    leadsCsv({ ...DEFAULT_SETTINGS, population: 25_000, days: 60 }, (done) => seen.push(done));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    // Some reports come while the leads are simulated, and some while their rows are written.
    expect(seen.filter((done) => done < 0.5).length).toBeGreaterThan(1);
    expect(seen.filter((done) => done > 0.7 && done < 1).length).toBeGreaterThan(0);
  });
});
