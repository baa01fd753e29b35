import { describe, expect, it } from 'vitest';
import { parseJudgment } from './judgment-body.js';

describe('parseJudgment', () => {
  it('accepts the four kinds of judgment', () => {
    for (const body of [
      { action: 'merge', entityId: 'a', otherEntityId: 'b', author: 'Ana' },
      { action: 'split', entityId: 'a', alias: 'El Mochomo', author: 'Ana', note: 'another man' },
      { action: 'reject', entityId: 'a', factKind: 'relation', factId: 'rel_1', author: 'Ana' },
      { action: 'confirm', entityId: 'a', factKind: 'event', factId: 'evt_1', author: 'Ana' },
    ]) expect(parseJudgment(body), JSON.stringify(body)).toEqual({ ok: true, judgment: body });
  });

  it('says what is wrong with anything else', () => {
    const bad: [unknown, RegExp][] = [
      [null, /action must be one of/u],
      [{ action: 'delete', entityId: 'a', author: 'x' }, /action must be one of/u],
      [{ action: 'merge', entityId: 'a', otherEntityId: 'a', author: 'x' }, /cannot be merged with itself/u],
      [{ action: 'merge', entityId: 'a', author: 'x' }, /otherEntityId/u],
      [{ action: 'split', entityId: 'a', alias: 'b', author: '  ' }, /author/u],
      [{ action: 'reject', entityId: 'a', factKind: 'rumour', factId: 'f', author: 'x' }, /factKind/u],
      [{ action: 'split', entityId: 'a', alias: 'b', author: 'x', admin: true }, /admin|Unrecognized/u],
    ];
    for (const [body, message] of bad) {
      const r = parseJudgment(body);
      expect(r.ok, JSON.stringify(body)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });
});
