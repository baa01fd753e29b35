/** A real `nexo serve` over a temporary store holding examples/ and a hostile article. */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, nexo, tmp } from '../helpers.js';

/** Markup in every field a page shows: it must arrive on screen as characters, and run nothing. */
export const HOSTILE = {
  title: '<script>window.__pwned="title"</script> Cartel <img src=x onerror="window.__pwned=1">',
  outlet: '<b>Hostile</b> Times',
  published: '2022-03-01',
  url: 'javascript:window.__pwned=5',
  text: 'The gang known as <img src=x onerror="window.__pwned=2"> met in Veracruz, police said.\n\n'
    + 'Its leader, Ramiro Salas, a member of the <script>window.__pwned=3</script> Gulf Cartel, was arrested in Veracruz on March 1, 2022. '
    + 'He signed as "</script><script>window.__pwned=4</script>" and left.',
};

export interface TestServer {
  url: string;
  db: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const dir = tmp('nexo-e2e-');
  const db = join(dir, 'nexo.db');
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(hostile, `${JSON.stringify(HOSTILE)}\n`);
  const ingest = nexo(['ingest', join(ROOT, 'examples'), hostile, '--db', db], { timeout: 240_000 });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);

  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`nexo serve did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/u.exec(out);
      if (m) { clearTimeout(timer); resolve(`${m[1]}/`); }
    });
    child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`nexo serve exited with ${code}: ${out}`)); });
  });
  return {
    url,
    db,
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
