import { createActor, type Actor } from 'xstate';
import type { Stepper } from '../engine/types';
import type { LifecycleSettings } from './guards';
import { lifecycleMachine } from './machine';
import { STAGES, type StageId } from './stages';

/**
 * Steps each lead through its own live XState actor: the straightforward way, used to replay one lead and
 * as the reference the fast table stepper is checked against.
 */
export function actorStepper(settings: LifecycleSettings, count: number): Stepper {
  const actors: Actor<typeof lifecycleMachine>[] = Array.from({ length: count }, () =>
    createActor(lifecycleMachine, { input: { settings } }).start(),
  );
  return {
    send(lead, stage, event) {
      const actor = actors[lead]!;
      const before = actor.getSnapshot();
      if (STAGES.indexOf(before.value as StageId) !== stage) {
        throw new Error(`Lead ${lead}: the actor is in ${before.value}, the engine thinks ${STAGES[stage]}`);
      }
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.context.steps === before.context.steps) return null;
      return {
        from: stage,
        to: STAGES.indexOf(after.value as StageId),
        reason: after.context.lastReason ?? '',
      };
    },
  };
}
