/**
 * Bad input loses nothing: a folder of broken, hostile and oversized files is ingested with
 * one clear line per failure, the good files are stored, and the database stays sound.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { BIN, ROOT, nexo, tmp } from './helpers.js';

const GOOD_MD = `---
title: "Port guard charged"
published: "2022-03-04"
---
Federal prosecutors charged Anselmo Quiroga Beltrán, a customs guard at the port of Manzanillo, with taking bribes from the Costa Brava Cartel. Quiroga was arrested on Tuesday.
`;
const GOOD_TXT = 'BOGOTÁ, May 2, 2021 — Colombian police arrested Wilder Sánchez Ortiz, a leader of the Frente Andino gang, in Cali on Friday.\n';

function writeBadFolder(dir: string): { bad: string[] } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.md'), GOOD_MD);
  writeFileSync(join(dir, 'good.txt'), GOOD_TXT);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'random.txt'), randomBytes(64 * 1024));
  writeFileSync(join(dir, 'random.bin'), randomBytes(4096));
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('The cartel paid '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' million.\n')]));
  // 50 MB of plain text, written in chunks.
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  const chunk = Buffer.from('Prosecutors said the network moved cocaine through the port. '.repeat(16_384));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  const nested = '<div>'.repeat(5000) + '<p>Deep text about nobody.</p>' + '</div>'.repeat(5000);
  const scripts = Array.from({ length: 500 }, (_, i) => `<script>window.x${i}=1;fetch("https://evil.example/${i}")</script>`).join('');
  writeFileSync(join(dir, 'hostile.html'), `<!doctype html><html><head><title>x</title>${scripts}</head><body onload="alert(1)">${nested}<img src=x onerror="alert(2)"></body></html>`);
  writeFileSync(join(dir, 'truncated.pdf'), Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Cou'));
  // Valid but pathological: one "sentence" listing 40,000 names (about 900 KB).
  const roster = Array.from({ length: 40_000 }, (_, i) => `Ana${String.fromCharCode(65 + (i % 26))} Ruiz Paz${i % 2 ? ' and' : ','}`).join(' ');
  writeFileSync(join(dir, 'roster.txt'), `The cartel leaders ${roster} were arrested.\n`);
  writeFileSync(join(dir, 'broken.jsonl'), `{"text": "Mexican marines captured Ulises Cárdenas Mota, a plaza boss of the Sierra Alta Cartel, in Reynosa on March 3, 2020.", "published": "2020-03-05"}\n{"text": "unterminated\n`);
  return { bad: ['empty.txt', 'random.txt', 'invalid-utf8.txt', 'huge.txt', 'truncated.pdf', 'broken.jsonl'] };
}

describe('ingesting a folder of bad input', () => {
  it('reports each failure on one line, stores the good files, exits 1 and keeps the database sound', () => {
    const dir = tmp();
    const input = join(dir, 'in');
    const { bad } = writeBadFolder(input);
    const db = join(dir, 'bad.db');
    // Something good is already stored; it must survive.
    expect(nexo(['ingest', join(ROOT, 'examples'), '--db', db]).status).toBe(0);
    const before = JSON.parse(nexo(['stats', '--json', '--db', db]).stdout);

    const timed = existsSync('/usr/bin/time');
    const started = Date.now();
    const r = timed
      ? spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, BIN, 'ingest', input, '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
      : nexo(['ingest', input, '--db', db]);
    const seconds = (Date.now() - started) / 1000;

    expect(r.status).toBe(1);
    const failLines = r.stderr.split('\n').filter((l) => l.startsWith('failed: '));
    for (const f of bad) expect(failLines.filter((l) => l.includes(f)), `one line for ${f}:\n${r.stderr}`).toHaveLength(1);
    // The hostile page is either read as a page or refused; either way one line at most.
    expect(failLines.filter((l) => l.includes('hostile.html')).length).toBeLessThanOrEqual(1);
    for (const l of failLines) expect(l.length).toBeLessThan(300);
    expect(r.stdout).toMatch(/\d+ added, 0 unchanged, \d+ failed/);
    // Random bytes under an extension nexo does not read are left out with a note, not failed.
    expect(r.stderr).toMatch(/note: left out 1 file\(s\) .*\.bin ×1/);

    const after = JSON.parse(nexo(['stats', '--json', '--db', db]).stdout);
    // good.md, good.txt, the roster and the good JSONL line at least.
    expect(after.documents).toBeGreaterThanOrEqual(before.documents + 4);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();

    expect(seconds).toBeLessThan(60);
    if (timed) {
      const kb = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]);
      expect(kb).toBeLessThan(1024 * 1024);
    } else console.warn('memory bound not checked: /usr/bin/time is absent');
  });

  it('reports a file named explicitly whatever its type', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'noise.bin'), randomBytes(512));
    const r = nexo(['ingest', join(dir, 'noise.bin'), '--db', join(dir, 'n.db')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed: .*noise\.bin: unsupported file type/);
  });

  it('refuses a path that does not exist, on one line, and goes on with the rest', () => {
    const dir = tmp();
    const db = join(dir, 'x.db');
    writeFileSync(join(dir, 'ok.txt'), GOOD_TXT);
    const r = nexo(['ingest', join(dir, 'nope.txt'), join(dir, 'ok.txt'), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed: .*nope\.txt: /);
    expect(r.stdout).toContain('1 added');
  });
});
