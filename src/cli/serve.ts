/** `nexo serve` and `nexo start`: the web UI and its API; start also loads the examples on first run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isLoopback, serve } from '../server/serve.js';
import { DEFAULT_DB, UserError, openStore, projectRoot } from './common.js';
import { ingestPaths } from './ingest.js';
import { parsePort } from './options.js';

interface ServeOptions { db: string; port: number; host: string; token?: string }

async function run(o: ServeOptions): Promise<void> {
  if (!isLoopback(o.host) && !o.token) {
    throw new UserError(`serving on ${o.host} exposes the graph beyond this machine; pass --token <secret> as well`);
  }
  const store = await openStore(o.db);
  const server = await serve({ store, port: o.port, host: o.host, token: o.token });
  process.stdout.write(`nexo is serving ${o.db} on http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${server.port}  (Ctrl-C to stop)\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const addServeOptions = (c: Command) => c
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('--port <n>', 'port to listen on', parsePort, Number(process.env.PORT ?? 4100))
  .option('--host <host>', 'interface to bind; anything but loopback needs --token', '127.0.0.1')
  .option('--token <secret>', 'required for write requests when bound beyond loopback');

export function register(program: Command): void {
  addServeOptions(program.command('serve')
    .description('Serve the web UI and the JSON API over a store.'))
    .action(run);

  addServeOptions(program.command('start')
    .description('Load the bundled example corpus into the store if it is empty, then serve the UI (what `npm start` runs).'))
    .action(async (o: ServeOptions) => {
      const store = await openStore(o.db);
      const stats = await store.stats();
      if (stats.documents === 0) {
        const examples = join(projectRoot(), 'examples');
        if (!existsSync(examples)) throw new UserError(`the example corpus is missing at ${examples}`);
        process.stdout.write(`loading the example corpus from ${examples} into ${o.db}…\n`);
        const s = await ingestPaths(store, [examples], {
          onFailure: (uri, reason) => process.stderr.write(`failed: ${uri}: ${reason}\n`),
        });
        process.stdout.write(`${s.added} added, ${s.unchanged} unchanged, ${s.failed} failed\n`);
      }
      await store.close();
      await run(o);
    });
}
