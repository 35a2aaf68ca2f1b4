import { describe, expect, it } from 'vitest';
import { AREAS, MESSAGES } from '../../src/i18n/messages';
import { DISQUALIFY_REASONS, RECYCLE_REASONS, REJECT_REASONS } from '../../src/engine/catalog';
import { placeholdersOf } from '../../src/i18n/messages';

const { en, ja } = MESSAGES;
import type { LifecycleEventType } from '../../src/lifecycle/events';
import { lifecycleMachine } from '../../src/lifecycle/machine';
import { STAGES } from '../../src/lifecycle/stages';

const locales: Record<string, Record<string, string>> = { en, ja };
const keys = (dictionary: Record<string, string>) => Object.keys(dictionary).sort();

/** The reason codes an event of each type carries; `reasonKey` appends them to the transition's key. */
const REASONS_BY_EVENT: Partial<Record<LifecycleEventType, readonly string[]>> = {
  disqualify: DISQUALIFY_REASONS,
  'sales.reject': REJECT_REASONS,
  recycle: RECYCLE_REASONS,
};

const asArray = <T>(value: T | readonly T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? [...value] : [value as T];

/** Every reason key a transition of the machine can record, read from the machine's own config. */
function machineReasonKeys(): { base: Set<string>; refined: Set<string> } {
  const base = new Set<string>();
  const refined = new Set<string>();
  for (const state of Object.values(lifecycleMachine.config.states ?? {})) {
    for (const [eventType, transitions] of Object.entries(state.on ?? {})) {
      for (const transition of asArray(transitions as object | object[])) {
        for (const action of asArray((transition as { actions?: unknown }).actions)) {
          const reason = (action as { params?: { reason?: unknown } }).params?.reason;
          if (typeof reason !== 'string') continue;
          base.add(reason);
          for (const code of REASONS_BY_EVENT[eventType as LifecycleEventType] ?? []) {
            refined.add(`${reason}.${code}`);
          }
        }
      }
    }
  }
  return { base, refined };
}

describe('locale files', () => {
  it('have the same keys in every language', () => {
    expect(keys(ja)).toEqual(keys(en));
  });

  it.each(Object.entries(locales))('%s has no empty message', (_, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(empty).toEqual([]);
  });

  it('keep the same placeholders in every language', () => {
    const mismatched = Object.keys(en).filter(
      (key) =>
        JSON.stringify(placeholdersOf(en[key as keyof typeof en])) !==
        JSON.stringify(placeholdersOf((ja as Record<string, string>)[key] ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('name and describe every lifecycle stage', () => {
    for (const stage of STAGES) {
      for (const dictionary of Object.values(locales)) {
        expect(dictionary).toHaveProperty([`stage.${stage}.name`]);
        expect(dictionary).toHaveProperty([`stage.${stage}.description`]);
      }
    }
  });

  it('explain every transition reason the lifecycle machine can record', () => {
    const { base, refined } = machineReasonKeys();
    // The machine really declares reasons, including the ones refined by a reason code.
    expect(base.size).toBeGreaterThanOrEqual(13);
    expect(refined).toContain('transition.rejected.no_budget');
    expect(refined).toContain('transition.disqualified.hard_bounce');
    expect(refined).toContain('transition.recycled.stalled');
    for (const key of [...base, ...refined]) {
      expect(key.startsWith('transition.')).toBe(true);
      for (const [locale, dictionary] of Object.entries(locales)) {
        expect(dictionary[key], `${locale}: ${key}`).toBeTruthy();
      }
    }
  });

  it('label every rejection reason', () => {
    for (const reason of REJECT_REASONS) {
      for (const dictionary of Object.values(locales)) expect(dictionary[`reject.${reason}`]).toBeTruthy();
    }
  });

  it('keep the English accessible name of the threshold control', () => {
    expect(en['controls.rule.threshold.label']).toMatch(/MQL threshold/);
  });
});

describe('locale areas', () => {
  it('never define the same key in two areas (one would silently win)', () => {
    for (const areas of Object.values(AREAS)) {
      const seen = new Map<string, string>();
      for (const [area, messages] of Object.entries(areas)) {
        for (const key of Object.keys(messages)) {
          expect(seen.get(key), `${key} is in ${seen.get(key)} and ${area}`).toBeUndefined();
          seen.set(key, area);
        }
      }
    }
  });

  it('keep each key in the same area in both languages', () => {
    for (const [area, messages] of Object.entries(AREAS.en)) {
      expect(Object.keys(AREAS.ja[area as keyof typeof AREAS.ja]).sort(), area).toEqual(Object.keys(messages).sort());
    }
  });
});
