/**
 * The small success-or-reason value every step of reading returns.
 *
 * Reading untrusted files fails in many ordinary ways (empty, binary, corrupt, too large);
 * those are outcomes to report, not exceptions, so each step says why in one line and the
 * caller decides what to do with the other files.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason: oneLine(reason) };
}

/** Reasons go into one-line reports and logs: fold whitespace, cap the length. */
export function oneLine(reason: string, max = 300): string {
  const flat = reason.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The message of anything thrown, for turning a library's exception into a reason. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
