/** `nexo serve` as people start it: beyond loopback only with a token, which writes then need. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nexo, nexoAsync, tmp } from './helpers.js';

describe('nexo serve', () => {
  it('refuses a non-loopback host without --token, and says what to do', () => {
    const r = nexo(['serve', '--host', '0.0.0.0', '--port', '0', '--db', join(tmp(), 'x.db')], { timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/beyond this machine; pass --token/u);
  });

  it('serves the UI and API on loopback, and takes writes only with the token it was given', async () => {
    const child = nexoAsync(['serve', '--port', '0', '--token', 's3cret', '--db', join(tmp(), 'y.db')]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+)/u.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const page = await fetch(`${url}/`);
      expect([200, 503]).toContain(page.status);
      expect((await fetch(`${url}/api/stats`)).status).toBe(200);
      const body = JSON.stringify({ action: 'split', entityId: 'x', alias: 'y', author: 'z' });
      const post = (auth?: string) => fetch(`${url}/api/judgments`, {
        method: 'POST', body, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      });
      expect((await post()).status).toBe(401);
      expect((await post('Bearer nope')).status).toBe(401);
      // Past the token the judgment is examined: there is no actor "x" to split.
      const judged = await post('Bearer s3cret');
      expect(judged.status).toBe(409);
      expect(JSON.stringify(await judged.json())).toMatch(/no entity with id/u);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
