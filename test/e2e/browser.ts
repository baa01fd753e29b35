/**
 * Browser tests drive Debian's chromium through playwright-core (which never downloads a
 * browser). Where chromium is missing the tests are skipped, and say so loudly.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers.js';

/** What the network view exposes for scripted checks (web/src/views/network.ts). */
declare global {
  interface Window {
    nexoNetwork?: { nodes(): string[]; viewportPosition(id: string): { x: number; y: number } | null; busy(): boolean };
  }
}

export const CHROMIUM = process.env.NEXO_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = join(ROOT, 'test-results');

if (!HAS_CHROMIUM) {
  process.stderr.write(`\n*** Browser tests SKIPPED: no chromium at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set NEXO_CHROMIUM. ***\n\n`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Script errors, failed requests, CSP violations and dialogs seen so far. */
  problems: string[];
}

/** A page that records anything going wrong in it; a dialog (alert) is always a problem. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // SwiftShader's WebGL notes about ReadPixels are the software renderer talking, not us.
    if (m.type() === 'error' && !/GL Driver Message/u.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
