import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { harborCourier } from '../store/test-fixtures.js';
import { DEFAULT_HOST, DEFAULT_PORT, TokenRequired, serve, type RunningServer } from './serve.js';

let dir: string;
let store: SqliteStore;
let running: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-serve-'));
  store = await openSqliteStore(join(dir, 'nexo.db'));
  await store.ingest(harborCourier());
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><main id="main"></main>');
  running = await serve({ store, port: 0, app: { webRoot: join(dir, 'web') } });
});

afterAll(async () => {
  await running?.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP GET, so the Host header can be set (fetch forbids it). */
function get(path: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, path, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  it('defaults to loopback on port 4100', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    expect(DEFAULT_PORT).toBe(4100);
    expect(running.host).toBe('127.0.0.1');
  });

  it('listens, and answers the page and the API over real HTTP', async () => {
    expect(running.port).toBeGreaterThan(0);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
    const page = await fetch(running.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<main id="main"');
    const stats = await fetch(new URL('/api/stats', running.url));
    expect(await stats.json()).toMatchObject({ documents: 1 });
  });

  it('answers to loopback names but refuses another Host (DNS rebinding)', async () => {
    for (const host of [`127.0.0.1:${running.port}`, `localhost:${running.port}`, 'nexo.localhost', '[::1]:4100']) {
      expect((await get('/api/stats', host)).status, host).toBe(200);
    }
    for (const host of ['evil.example', `evil.example:${running.port}`, '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const res = await get('/api/stats', host);
      expect(res.status, host).toBe(403);
      expect(res.body).not.toContain('documents');
    }
  });

  it('refuses to serve beyond loopback without a token', async () => {
    for (const host of ['0.0.0.0', '192.0.2.1', '::']) {
      await expect(serve({ store, port: 0, host })).rejects.toThrow(TokenRequired);
      await expect(serve({ store, port: 0, host, token: '' })).rejects.toThrow(TokenRequired);
    }
  });

  it('rejects when the port is taken, instead of failing later', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(serve({ store, port })).rejects.toThrow(/EADDRINUSE/u);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('closes, and the port is free again', async () => {
    const second = await serve({ store, port: 0 });
    const { port } = second;
    await fetch(second.url);
    await second.close();
    await expect(fetch(`http://127.0.0.1:${port}/api/stats`)).rejects.toThrow();
  });
});
