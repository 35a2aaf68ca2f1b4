// The simulated leads as a spreadsheet: one row per lead, with what the simulator knows and sales doesn't
// (the hidden readiness). Ids, not translations, so a sheet built on one export reads the next one too.
import { ACTIVITY_KINDS, CHANNELS, COMPANY_SIZES, ROLES } from '../../engine/catalog';
import type { Settings } from '../../engine/settings';
import { Run } from '../../engine/simulate';
import { STAGES } from '../../lifecycle/stages';

const round = (value: number) => String(Math.round(value * 100) / 100);

/** Re-runs the settings (same seed, so the same leads and figures) and lists every lead. */
export function leadsCsv(settings: Settings): string {
  const run = new Run(settings);
  const result = run.run();
  const { pop, activityCount } = run;
  const K = ACTIVITY_KINDS.length;
  const header = [
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
  const lines = [header.join(',')];
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
  }
  return `${lines.join('\r\n')}\r\n`;
}
