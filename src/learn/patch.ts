// Lessons describe their starting point and their solution as small patches over whole settings, so a
// lesson file says only what it changes ("threshold 10") and stays valid when new settings appear.

/** A nested piece of settings: only the fields it names change. */
export type SettingsPatch = { [key: string]: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `base` with `patch` laid over it: objects merge field by field, anything else (numbers, lists)
 * replaces. Unknown fields are kept, so that validating the outcome reports them instead of hiding them.
 */
export function applyPatch<T>(base: T, patch: SettingsPatch): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? applyPatch(current, value) : structuredClone(value);
  }
  return merged as T;
}

/** Same data, whatever the key order: settings edited by hand and read from a file compare equal. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, k) => sameData(x, b[k]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameData(a[k], b[k]));
  }
  return Object.is(a, b);
}
