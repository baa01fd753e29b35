/** Starting the app on a port, and stopping it cleanly. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4100;

export interface ServeOptions {
  store: Store;
  /** 0 picks a free port (see RunningServer.port). */
  port?: number;
  host?: string;
  /** Required for writes; required at all when host is not loopback. */
  token?: string | undefined;
  /** Passed to the app: the built UI's folder, judgment and contradiction services. */
  app?: Omit<AppOptions, 'loopbackOnly' | 'token'>;
}

export interface RunningServer {
  host: string;
  port: number;
  /** Where a browser should go, e.g. http://127.0.0.1:4100/ */
  url: string;
  /** Stops listening and drops idle keep-alive connections; the store stays open (it is the caller's). */
  close(): Promise<void>;
}

/** Serving beyond loopback without a token would let anyone on the network write. */
export class TokenRequired extends Error {
  override name = 'TokenRequired';
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\./u.test(host);
}

/** Resolves once the server listens; rejects if it cannot (port taken, bad host). */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token === '' ? undefined : options.token;
  if (!isLoopback(host) && token === undefined) {
    throw new TokenRequired(`serving on ${host} exposes the graph beyond this machine; give a token for writes as well`);
  }
  const app = createApp(options.store, { ...options.app, loopbackOnly: isLoopback(host), token });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    host,
    port,
    url: `http://${urlHost}:${port}/`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeIdleConnections();
    }),
  };
}
