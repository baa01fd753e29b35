/**
 * A list of ids bound as ONE parameter: `x IN (SELECT value FROM json_each(?))` with the
 * ids as a JSON array. SQLite caps the number of parameters; this has no such limit, and
 * one statement serves any number of ids (Postgres writes it `= ANY($1)`).
 */
export const IN_IDS = 'IN (SELECT value FROM json_each(?))';

export function idsParam(ids: Iterable<string>): string {
  return JSON.stringify([...new Set(ids)]);
}
