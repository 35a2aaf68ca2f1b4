// Pure helpers behind the inspector: which leads can be picked, and one lead's story as rows to show.
import type { SimulationResult, LeadTrace } from '../../engine/types';
import { MESSAGES, type MessageKey } from '../../i18n';
import { STAGES, type StageId } from '../../lifecycle/stages';
import { NOT_CREATED } from '../flow/slots';

export interface LeadChoice {
  id: number;
  score: number;
  ready: boolean;
}

/** Stages a picker offers first: the leads that went furthest tell the most interesting stories. */
const INTERESTING_FIRST: StageId[] = [
  'won',
  'opportunity',
  'sql',
  'sal',
  'mql',
  'lost',
  'recycled',
  'disqualified',
  'nurturing',
  'lead',
];

/** Sampled leads per stage at the end of the period, highest final score first. */
export function leadsByFinalStage(result: SimulationResult): Map<StageId, LeadChoice[]> {
  const { ids, stageByDay } = result.sample;
  const last = (result.days - 1) * ids.length;
  const byStage = new Map<StageId, LeadChoice[]>(STAGES.map((stage) => [stage, []]));
  for (let k = 0; k < ids.length; k++) {
    const stage = stageByDay[last + k]!;
    if (stage === NOT_CREATED) continue;
    const id = ids[k]!;
    byStage.get(result.stages[stage]!)?.push({
      id,
      score: result.finalScore[id] ?? 0,
      ready: result.finalReady[id] === 1,
    });
  }
  for (const leads of byStage.values()) leads.sort((a, b) => b.score - a.score || a.id - b.id);
  return byStage;
}

/** The stage a picker starts on: the furthest one any sampled lead reached. */
export const firstStageWithLeads = (byStage: Map<StageId, LeadChoice[]>): StageId =>
  INTERESTING_FIRST.find((stage) => (byStage.get(stage)?.length ?? 0) > 0) ?? 'lead';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(MESSAGES.en, key);

/**
 * The locale key explaining a transition. A reason refined by a code the texts do not know yet
 * (`transition.rejected.some_new_reason`) falls back to its general reason.
 */
export function reasonKeyOf(reason: string): MessageKey | null {
  if (isMessageKey(reason)) return reason;
  const general = reason.slice(0, reason.lastIndexOf('.'));
  return isMessageKey(general) ? general : null;
}

export interface ScorePoint {
  /** Simulated time in days since day 0. */
  time: number;
  /** Fit plus engagement right after the activity. */
  score: number;
}

/** The lead's score after each of its activities. */
export const scoreSteps = (trace: LeadTrace): ScorePoint[] =>
  trace.activities.map((a) => ({ time: a.time, score: a.fit + a.engagement }));
