/**
 * What went wrong with one piece of untrusted settings. Kept free of wording so the same problem can be
 * shown in whichever language the page is in when it is read.
 */
export type ProblemKind =
  /** The value has the wrong type or is out of range; the default is used. */
  | 'invalid'
  /** Not a setting of this simulator; ignored. */
  | 'unknown'
  /** Expected but absent; the default is used. */
  | 'missing'
  /** One value longer than anything we write; ignored. */
  | 'tooLong'
  /** The whole input is larger than anything we write; ignored. */
  | 'tooLarge'
  /** A settings version we do not know; the defaults are used. */
  | 'version'
  /** Not settings at all (not an object, not JSON); the defaults are used. */
  | 'unreadable';

export interface PersistProblem {
  kind: ProblemKind;
  /** Dotted path of the field, e.g. `scoring.rule.threshold`; empty when it is about the whole input. */
  field: string;
  /** The offending version, for `version`. */
  detail?: string;
}

export interface Recovery<T> {
  /** Always valid: every field that could not be kept is the default. */
  value: T;
  problems: PersistProblem[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
