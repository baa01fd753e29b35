/**
 * The web UI's files, built by Vite into dist/web/. They are read once, when the app is
 * made, into a table keyed by URL path: a request can only ever get one of those files
 * (no path is joined onto the file system at request time, so no "../" can escape).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  body: Uint8Array;
  type: string;
  /** Vite names assets by content hash, so they never change under their name. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/web of this checkout, from src/server (tests) or dist/src/server (the CLI). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'dist', 'web');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** URL path → file, for every servable file under root; empty when the UI was not built. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(join(root, 'index.html'))) return files;
  for (const full of walk(root)) {
    const type = TYPES[extname(full).toLowerCase()];
    // Source maps and anything unexpected stay on disk.
    if (type === undefined) continue;
    const urlPath = `/${relative(root, full).split(sep).join('/')}`;
    files.set(urlPath, { body: readFileSync(full), type, immutable: urlPath.startsWith('/assets/') });
  }
  return files;
}

/** What `/` answers when dist/web is missing: how to build it. Static text, no data. */
export const NOT_BUILT_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>nexo</title></head>
<body><h1>nexo</h1><p>The web UI has not been built. Run <code>npm run build</code> (or <code>npm install</code>) and start the server again.
The JSON API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;
