// The simulated leads as a spreadsheet: one row per lead, with what the simulator knows and sales doesn't
// (the hidden readiness). Ids, not translations, so a sheet built on one export reads the next one too.
// Every cell is a catalog id, a stage id, a number or yes/no: none can hold a comma, a quote or a line
// break, so no cell needs quoting (a test holds the catalogs to that).
import { STAGES } from '../lifecycle/stages';
import { ACTIVITY_KINDS, CHANNELS, COMPANY_SIZES, ROLES } from './catalog';
import type { Settings } from './settings';
import { Run } from './simulate';

const round = (value: number) => String(Math.round(value * 100) / 100);

/** Share of the work that is the simulation; writing the rows is the rest (measured at 100,000 leads). */
const SIMULATION_SHARE = 0.65;
const ROWS_PER_PROGRESS = 10_000;

const HEADER = [
  'id',
  'channel',
  'role',
  'industry',
  'company_size',
  'free_mail',
  'competitor',
  ...ACTIVITY_KINDS.map((kind) => `count_${kind}`),
  'fit_score',
  'score',
  'stage',
  'ready_to_buy',
];

/**
 * Re-runs the settings (same seed, so the same leads and figures) and lists every lead. `onProgress`
 * hears the share of the whole job done, simulation and rows together.
 */
export function leadsCsv(settings: Settings, onProgress?: (done: number) => void): string {
  const run = new Run(settings, { onProgress: onProgress && ((done) => onProgress(done * SIMULATION_SHARE)) });
  const result = run.run();
  const { pop, activityCount } = run;
  const K = ACTIVITY_KINDS.length;
  const lines = [HEADER.join(',')];
  for (let i = 0; i < pop.count; i++) {
    const counts = Array.from(activityCount.subarray(i * K, (i + 1) * K), String);
    lines.push(
      [
        String(pop.firstId + i),
        CHANNELS[pop.channel[i]!],
        ROLES[pop.role[i]!],
        pop.targetIndustry[i] ? 'target' : 'other',
        COMPANY_SIZES[pop.size[i]!],
        pop.freeMail[i] ? 'yes' : 'no',
        pop.competitor[i] ? 'yes' : 'no',
        ...counts,
        round(result.finalFit[i]!),
        round(result.finalScore[i]!),
        STAGES[result.finalStage[i]!] ?? 'not_created',
        result.finalReady[i] ? 'yes' : 'no',
      ].join(','),
    );
    if ((i + 1) % ROWS_PER_PROGRESS === 0) onProgress?.(SIMULATION_SHARE + ((1 - SIMULATION_SHARE) * (i + 1)) / pop.count);
  }
  onProgress?.(1);
  return `${lines.join('\r\n')}\r\n`;
}
