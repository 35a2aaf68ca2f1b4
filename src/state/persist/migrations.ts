// Settings are stored in addresses people bookmark and files they keep: each change of shape adds one
// step here, so everything written by an older version still opens.
import { isRecord, type PersistProblem } from './problems';

export const CURRENT_VERSION = 1;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns version n into version n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  // Version 0 had one threshold at the top level, before the rule grew its own group.
  0: ({ threshold, ...rest }) => {
    if (threshold === undefined) return { ...rest, version: 1 };
    const scoring = isRecord(rest.scoring) ? rest.scoring : {};
    const rule = isRecord(scoring.rule) ? scoring.rule : {};
    return { ...rest, version: 1, scoring: { ...scoring, rule: { ...rule, threshold } } };
  },
};

export type Migrated =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problem: PersistProblem };

/** Brings settings of any known version to the current shape; a missing version is read as current. */
export function migrate(input: Record<string, unknown>): Migrated {
  let version = input.version ?? CURRENT_VERSION;
  if (typeof version === 'string' && /^\d{1,3}$/.test(version)) version = Number(version);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > CURRENT_VERSION) {
    return { ok: false, problem: { kind: 'version', field: 'version', detail: String(version).slice(0, 20) } };
  }
  let value = input;
  for (let from = version; from < CURRENT_VERSION; from++) value = MIGRATIONS[from]!(value);
  return { ok: true, value: { ...value, version: CURRENT_VERSION } };
}
