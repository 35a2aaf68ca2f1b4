import { actorStepper } from '../lifecycle/actorStepper';
import { Run, type PickupPolicy } from './simulate';
import type { Settings } from './settings';
import type { LeadTrace } from './types';

/**
 * Replays one lead alone, from its own random streams, through a live XState actor. The only thing it
 * borrows from the bulk run is when sales picked it up, because that depends on every other lead in the
 * queue.
 */
export function replayLead(
  settings: Settings,
  id: number,
  pickups: LeadTrace['pickups'],
): LeadTrace {
  const byDay = new Map(pickups.map((p) => [p.day, p.delayHours]));
  const recorded: PickupPolicy = (day, waiting, run) => {
    const delay = byDay.get(day);
    if (delay !== undefined && waiting.includes(0)) run.pickup(0, day, delay);
  };
  const run = new Run(settings, { firstId: id, count: 1, trace: [id], stepper: actorStepper });
  const trace = run.run(recorded).traces[0];
  if (!trace) throw new Error(`Lead ${id} was not replayed`);
  return trace;
}
