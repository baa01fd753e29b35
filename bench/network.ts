/**
 * Is the network view fluid with 5,000 actors? Builds web/bench/network.html (the
 * workbench's own model and renderer on a synthetic clustered graph) with Vite, serves it
 * on loopback, opens it in Debian's chromium and prints what it measured: building the
 * graph, Louvain, ForceAtlas2, the first frame, frame rate while zooming and panning,
 * selecting a node, expanding one, and frame rate while the layout worker runs.
 *   npm run bench:network [-- --json] [-- --nodes N] [-- --iterations N]
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || fallback : fallback;
};
const nodes = option('--nodes', 5_000);
const iterations = option('--iterations', 100);
const executablePath = process.env.NEXO_CHROMIUM ?? '/usr/bin/chromium';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const web = join(root, 'web');
const out = join(tmpdir(), `nexo-bench-network-${process.pid}`);

await build({
  root: web, base: '/', logLevel: 'error', publicDir: false, configFile: false,
  build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(web, 'bench/network.html') }, chunkSizeWarningLimit: 2_000 },
});

/** What the page leaves behind (see web/bench/network.ts). */
type BenchWindow = { __bench?: Record<string, number | string>; __benchError?: string };

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
  try {
    const body = readFileSync(join(out, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;

const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/bench/network.html?n=${nodes}&iterations=${iterations}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench !== undefined || (window as unknown as BenchWindow).__benchError !== undefined, null, { timeout: 300_000 });
  const error = await page.evaluate(() => (window as unknown as BenchWindow).__benchError);
  if (error) throw new Error(`benchmark page failed: ${error}`);
  const r = (await page.evaluate(() => (window as unknown as BenchWindow).__bench))!;
  if (json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } else {
    const ms = (v: unknown) => `${Number(v).toFixed(0)} ms`;
    const rows: [string, string][] = [
      ['graph', `${r.nodes} actors, ${r.edges} ties, ${r.communities} communities`],
      ['build the graph', ms(r.buildMs)],
      ['Louvain communities', ms(r.louvainMs)],
      [`ForceAtlas2, ${r.layoutIterations} iterations (main thread)`, ms(r.layoutMs)],
      ['first frame (sigma, WebGL)', ms(r.firstRenderMs)],
      ['zoom and pan: frame rate', `${Number(r.panZoomFps).toFixed(1)} fps (p95 frame ${ms(r.panZoomFrameP95Ms)})`],
      ['zoom and pan: main-thread render call', `${Number(r.renderCallMeanMs).toFixed(1)} ms mean, ${Number(r.renderCallP95Ms).toFixed(1)} ms p95`],
      ['select a node (highlight redraw)', `${ms(r.selectMs)} to screen, ${ms(r.selectMainMs)} main thread`],
      ['expand a node (+50 actors, redraw)', `${ms(r.expandMs)} to screen, ${ms(r.expandMainMs)} main thread`],
      ['while the layout worker runs', `${Number(r.fpsDuringWorkerLayout).toFixed(1)} fps, ${Number(r.workerLayoutUpdatesPerSec).toFixed(1)} layout updates/s`],
      ['WebGL renderer', String(r.renderer)],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
