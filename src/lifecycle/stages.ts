import { lifecycleMachine } from './machine';

/** Stage ids in the order the machine declares them; typed arrays in the engine index by this order. */
export const STAGES = Object.keys(lifecycleMachine.config.states ?? {}) as StageId[];

export type StageId =
  | 'lead'
  | 'nurturing'
  | 'mql'
  | 'sal'
  | 'sql'
  | 'opportunity'
  | 'won'
  | 'lost'
  | 'recycled'
  | 'disqualified';

export const stageIndex = (id: StageId): number => {
  const index = STAGES.indexOf(id);
  if (index < 0) throw new Error(`The lifecycle machine has no stage "${id}"`);
  return index;
};

/** Short names shown in tables and on the diagram; the same in every language, as teams use them. */
export const STAGE_SHORT_NAMES: Record<StageId, string> = {
  lead: 'Lead',
  nurturing: 'Nurturing',
  mql: 'MQL',
  sal: 'SAL',
  sql: 'SQL',
  opportunity: 'Opportunity',
  won: 'Won',
  lost: 'Lost',
  recycled: 'Recycled',
  disqualified: 'Disqualified',
};

/** The hand-off path a funnel shows, in order; conversions are measured along it. */
export const SUCCESS_PATH: StageId[] = ['lead', 'mql', 'sal', 'sql', 'opportunity', 'won'];

export const isFinalStage = (id: StageId): boolean =>
  (lifecycleMachine.config.states?.[id] as { type?: string } | undefined)?.type === 'final';
