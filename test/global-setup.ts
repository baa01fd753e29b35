import { execFileSync } from 'node:child_process';

/**
 * Tests that run `nexo` as a process need dist/ to match the sources under test, and the
 * browser tests need the web UI built from web/ as it is now.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
}
