/**
 * Is the network view fluid with 5,000 actors? Builds web/bench/network.html (the
 * workbench's own model and renderer on a synthetic clustered graph) with Vite, serves it
 * on loopback, opens it in Debian's chromium and prints what it measured: building the
 * graph, Louvain, ForceAtlas2, the first frame, frame rate while zooming and panning,
 * selecting a node, expanding one, and frame rate while the layout worker runs.
 *
 * Zooming and panning are done as a user does them, with the mouse (chromium's own input
 * events: a drag, then the wheel), so sigma behaves as it does for a user (it hides the
 * ties while the camera moves, then draws them again). Frame rate counts the frames that
 * showed a new picture during the gesture, from frame callbacks in the page; "edges back"
 * is how long after the last input the full picture (ties included) reached a frame.
 *   npm run bench:network [-- --json] [-- --nodes N] [-- --iterations N] [-- --size 1280x800] [-- --frames]
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
/** The drawing area, in CSS pixels (the page is as big, plus room below it). */
const [width, height] = (args[args.indexOf('--size') + 1] && args.includes('--size') ? args[args.indexOf('--size') + 1]! : '1280x800').split('x').map(Number) as [number, number];
/** Every frame interval, input event and render of each gesture, on stderr. */
const traceFrames = args.includes('--frames');
const executablePath = process.env.NEXO_CHROMIUM ?? '/usr/bin/chromium';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const web = join(root, 'web');
const out = join(tmpdir(), `nexo-bench-network-${process.pid}`);

await build({
  root: web, base: '/', logLevel: 'error', publicDir: false, configFile: false,
  build: { outDir: out, emptyOutDir: true, rollupOptions: { input: join(web, 'bench/network.html') }, chunkSizeWarningLimit: 2_000 },
});

/** The page's window.__benchApi (web/bench/network.ts declares it; that module is the browser's). */
interface Recording { frames: number[]; renders: { at: number; ms: number; full: boolean }[]; marks: Record<string, number>; inputs: number[] }
interface BenchApi {
  stage: { x: number; y: number; width: number; height: number };
  record(): number;
  mark(name: string): void;
  stop(): Recording;
  settled(): boolean;
  rest(): Promise<Record<string, number | string>>;
}
/** What the page leaves behind (see web/bench/network.ts). */
type BenchWindow = { __benchApi?: BenchApi; __benchReady?: boolean; __benchSetup?: Record<string, number | string>; __benchError?: string };

interface Motion {
  /** Frames showing a new picture while the gesture lasted, per second, and the 5th-percentile rate (1 / p95 wait). */
  fps: number;
  fpsP5: number;
  frameMeanMs: number;
  frameP95Ms: number;
  /** Main-thread time of sigma's render calls during the gesture. */
  renderMeanMs: number;
  /** From the last input to the frame after sigma's first render with the edges drawn. */
  settleMs: number | null;
  /** How long that frame took (its interval to the next frame). */
  settleFrameMs: number | null;
  frames: number;
  durationMs: number;
}

/**
 * What the user saw during the gesture: the frames that showed a new picture (sigma
 * rendered in them), per second, and the longest waits between them; then when the full
 * picture came back after it.
 */
function summarise(name: string, rec: Recording): Motion {
  const { frames, renders, marks, inputs } = rec;
  const start = marks.start!;
  // Chromium can answer for an input before the page has handled it (wheel events queue up
  // behind slow frames): the gesture ends with the last input the page saw.
  const end = Math.max(marks.end!, ...inputs);
  const during = renders.filter((x) => x.at >= start && x.at <= end);
  // Sigma renders in a frame callback: a render belongs to the frame begun last before it.
  const frameOf = (t: number) => { let f = t; for (const x of frames) { if (x > t) break; f = x; } return f; };
  const pictures = [...new Set(during.map((x) => frameOf(x.at)))];
  if (pictures.length < 2) throw new Error(`${name}: sigma drew ${pictures.length} frame(s) during the gesture`);
  const gaps = [pictures[0]! - start];
  for (let i = 1; i < pictures.length; i++) gaps.push(pictures[i]! - pictures[i - 1]!);
  gaps.push(end - pictures.at(-1)!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const full = renders.find((x) => x.full && x.at >= end);
  let settleMs: number | null = null;
  let settleFrameMs: number | null = null;
  if (full) {
    const done = full.at + full.ms;
    const i = frames.findIndex((f) => f >= done);
    if (i >= 0) {
      settleMs = frames[i]! - end;
      settleFrameMs = i > 0 ? frames[i]! - frames[i - 1]! : null;
    }
  }
  const duration = end - start;
  return {
    fps: (1000 * pictures.length) / duration, fpsP5: 1000 / p95, frameMeanMs: duration / pictures.length, frameP95Ms: p95,
    renderMeanMs: during.reduce((a, b) => a + b.ms, 0) / during.length, settleMs, settleFrameMs, frames: pictures.length, durationMs: duration,
  };
}

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
  const page = await browser.newPage({ viewport: { width, height: height + 100 } });
  await page.goto(`http://127.0.0.1:${port}/bench/network.html?n=${nodes}&iterations=${iterations}&w=${width}&h=${height}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchReady === true || (window as unknown as BenchWindow).__benchError !== undefined, null, { timeout: 300_000 });
  const error = await page.evaluate(() => (window as unknown as BenchWindow).__benchError);
  if (error) throw new Error(`benchmark page failed: ${error}`);
  const setup = (await page.evaluate(() => (window as unknown as BenchWindow).__benchSetup))!;
  const stage = await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.stage);
  const cx = stage.x + stage.width / 2;
  const cy = stage.y + stage.height / 2;
  await page.mouse.move(cx, cy);
  const cdp = await page.context().newCDPSession(page);

  // A user's gesture: input at 60 events a second for three seconds, as a mouse delivers
  // it whether or not the page keeps up (so the events are sent on time, not each after
  // the last was handled), then the hand stops and the picture settles (edges back, if
  // they were hidden). The gesture ends when the page has handled the last event.
  type Input = Record<string, unknown> & { type: string };
  const gesture = async (name: string, input: (i: number) => Input, release?: Input) => {
    await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.record());
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.mark('start'));
    const sent: Promise<unknown>[] = [];
    const t0 = Date.now();
    for (let i = 0; Date.now() - t0 < 3_000; i++) {
      const due = t0 + i * 16;
      if (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
      sent.push(cdp.send('Input.dispatchMouseEvent', input(i) as never));
    }
    if (release) sent.push(cdp.send('Input.dispatchMouseEvent', release as never));
    await Promise.all(sent);
    await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.mark('end'));
    // Until the ties are back (or 15 s), and a little more for the frame that shows them.
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchApi!.settled(), null, { timeout: 15_000, polling: 100 }).catch(() => undefined);
    await page.waitForTimeout(500);
    const rec = await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.stop());
    if (traceFrames) process.stderr.write(`${name} ${JSON.stringify(rec.marks)} ${rec.frames.slice(1).map((f, i) => (f - rec.frames[i]!).toFixed(0)).join(' ')}\ninputs ${rec.inputs.map((x) => (x - rec.marks.start!).toFixed(0)).join(' ')}\nrenders ${rec.renders.map((x) => `${(x.at - rec.marks.start!).toFixed(0)}:${x.ms.toFixed(0)}${x.full ? 'F' : ''}`).join(' ')}\n`);
    return summarise(name, rec);
  };

  // Pan: drag the picture round an ellipse.
  const at = (i: number) => ({ x: cx + 250 * Math.sin(i / 15), y: cy + 150 * Math.cos(i / 15) - 150 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at(0), button: 'left', buttons: 1, clickCount: 1 });
  const pan = await gesture('pan', (i) => ({ type: 'mouseMoved', ...at(i), button: 'left', buttons: 1 }), { type: 'mouseReleased', ...at(188), button: 'left', buttons: 0, clickCount: 1 });
  await page.mouse.move(cx, cy);
  // Zoom: the wheel in and out, a notch every 16 ms, turning direction every half second.
  const zoom = await gesture('zoom', (i) => ({ type: 'mouseWheel', x: cx, y: cy, deltaX: 0, deltaY: Math.floor(i / 30) % 2 === 0 ? -40 : 40 }));
  // Out of the picture, so no node is hovered while the rest is timed.
  await page.mouse.move(cx, stage.y + stage.height + 40);
  const rest = await page.evaluate(() => (window as unknown as BenchWindow).__benchApi!.rest());
  const r: Record<string, number | string> = { ...setup, ...rest };
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...r, pan, zoom }, null, 2)}\n`);
  } else {
    const ms = (v: unknown) => `${Number(v).toFixed(0)} ms`;
    const motion = (m: Motion): string => `${m.fps.toFixed(1)} fps mean, ${m.fpsP5.toFixed(1)} fps p5 (${m.frames} pictures in ${ms(m.durationMs)}; frame ${m.frameMeanMs.toFixed(0)} ms mean, ${m.frameP95Ms.toFixed(0)} ms p95); sigma render ${m.renderMeanMs.toFixed(1)} ms mean; edges back ${m.settleMs === null ? 'never' : ms(m.settleMs)} after the gesture (that frame ${m.settleFrameMs === null ? '-' : ms(m.settleFrameMs)})`;
    const rows: [string, string][] = [
      ['graph', `${r.nodes} actors, ${r.edges} ties, ${r.communities} communities`],
      ['build the graph', ms(r.buildMs)],
      ['Louvain communities', ms(r.louvainMs)],
      [`ForceAtlas2, ${r.layoutIterations} iterations (main thread)`, ms(r.layoutMs)],
      ['first frame on screen (sigma, WebGL)', ms(r.firstRenderMs)],
      ['drag to pan', motion(pan)],
      ['wheel to zoom', motion(zoom)],
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
