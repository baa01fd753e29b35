#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the prepare script); this file only points there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('nexo: dist/ is missing; run `npm install` or `npm run build` in the project folder first.');
  process.exit(1);
}
await import(entry.href);
