import { replayLead } from './replay';
import { simulate } from './simulate';
import type { Settings } from './settings';
import type { LeadTrace } from './types';

export interface LeadInspection {
  /** The lead's story as the bulk engine told it. */
  bulk: LeadTrace;
  /** The same lead replayed alone through a live XState actor from its own random streams. */
  replay: LeadTrace;
  /** Whether both tell exactly the same story (they must). */
  matches: boolean;
}

/** Follows one lead: its story in the bulk run, and its replay through the lifecycle machine itself. */
export function inspectLead(settings: Settings, id: number): LeadInspection {
  const bulk = simulate(settings, { trace: [id] }).traces[0];
  if (!bulk) throw new Error(`There is no lead ${id} in a population of ${settings.population}`);
  const replay = replayLead(settings, id, bulk.pickups);
  return { bulk, replay, matches: JSON.stringify(bulk) === JSON.stringify(replay) };
}
