/**
 * The network drawing at the scale where it changes how it draws (points and hairlines,
 * blank layers taken out, no picking mid-gesture; see web/src/network/): the benchmark's
 * page (web/bench/network.html) with 3,000 actors, in chromium. After a drag the ties and
 * labels must be back on screen, the nodes at full resolution, and pointing at a node must
 * find it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tmp } from '../helpers.js';
import { HAS_CHROMIUM, launch, openPage, screenshot, type WatchedPage } from './browser.js';

/** The page's window.__benchApi, as far as this test uses it. */
interface BenchApi {
  record(): number;
  mark(name: string): void;
  settled(): boolean;
  stop(): { renders: { at: number; full: boolean }[]; marks: Record<string, number> };
  hub(): { id: string; x: number; y: number };
  hovered(): string | null;
  drawn(id: string): { x: number; y: number; radius: number };
  layers(): Record<string, string>;
}
type BenchWindow = { __benchApi?: BenchApi; __benchReady?: boolean; __benchError?: string };
const api = <T>(page: Page, f: (a: BenchApi) => T) => page.evaluate(`(${f.toString()})(window.__benchApi)`) as Promise<Awaited<T>>;

describe.skipIf(!HAS_CHROMIUM)('the network drawing at 3,000 actors', () => {
  let out: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  let w: WatchedPage;

  beforeAll(async () => {
    out = tmp('nexo-network-scale-');
    const web = join(ROOT, 'web');
    await build({
      root: web, base: '/', logLevel: 'error', publicDir: false, configFile: false,
      build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(web, 'bench/network.html') }, chunkSizeWarningLimit: 2_000 },
    });
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
      // The page has no icon; the browser asks anyway.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      try {
        const body = readFileSync(join(out, path));
        res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench/network.html?n=3000&iterations=30`;
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('draws the ties again after a drag, and finds the node under the pointer', async () => {
    w = await openPage(browser);
    const page = w.page;
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchReady === true || (window as unknown as BenchWindow).__benchError !== undefined, null, { timeout: 120_000 });
    expect(await page.evaluate(() => (window as unknown as BenchWindow).__benchError)).toBeUndefined();

    await api(page, (a) => a.record());
    await page.mouse.move(600, 300);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(600 + 15 * i, 300 + 5 * i);
    await page.mouse.up();
    await api(page, (a) => a.mark('end'));
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchApi!.settled(), null, { timeout: 30_000 });
    const { renders, marks } = await api(page, (a) => a.stop());
    // Ties were hidden mid-drag (else the drag measured nothing), and drawn again after it.
    expect(renders.some((r) => !r.full && r.at < marks.end!)).toBe(true);
    expect(renders.some((r) => r.full && r.at >= marks.end!)).toBe(true);
    const layers = await api(page, (a) => a.layers());
    expect(layers.edges).toBe('visible');
    expect(layers.nodes).toBe('visible');
    expect(layers.labels).toBe('visible');
    // Drawn at half resolution mid-gesture, the nodes are back at full resolution.
    expect(await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-nodes')!;
      return canvas.width / canvas.getBoundingClientRect().width;
    })).toBe(1);

    // The picking buffer, not drawn mid-drag, must know where nodes are now: the node found
    // under the pointer (the hub, or one drawn over it) is drawn there, not where it was.
    const hub = await api(page, (a) => a.hub());
    await page.mouse.move(hub.x, hub.y);
    await expect.poll(() => api(page, (a) => a.hovered())).not.toBeNull();
    const found = (await api(page, (a) => a.hovered()))!;
    const drawn = await page.evaluate((id) => (window as unknown as BenchWindow).__benchApi!.drawn(id), found);
    expect(Math.hypot(drawn.x - hub.x, drawn.y - hub.y)).toBeLessThanOrEqual(drawn.radius + 1);
    await screenshot(page, 'network-3000-after-drag');
    expect(w.problems).toEqual([]);
  }, 180_000);
});
