/**
 * `nexo explain`: why nexo believes what it extracted from a file. First the text with every
 * mention marked by the type of the actor it names, then each fact with the rule that made
 * it and the sentence it rests on.
 */
import type { Command } from 'commander';
import type { Document } from '../document/document.js';
import { readFile } from '../document/read.js';
import { extract } from '../extract/extract.js';
import type { EntityType, Evidence, Extraction } from '../extract/extraction.js';
import { printJson } from './common.js';
import { parsePublished } from './options.js';

const COLOURS: Record<EntityType, string> = {
  Person: '\x1b[34m', Organization: '\x1b[35m', PublicBody: '\x1b[36m', Company: '\x1b[33m', Location: '\x1b[32m',
};
const TAG: Record<EntityType, string> = { Person: 'PER', Organization: 'ORG', PublicBody: 'GOV', Company: 'COM', Location: 'LOC' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatExplanation(doc: Document, x: Extraction, colour: boolean): string {
  const type = new Map(x.entities.map((e) => [e.id, e.type]));
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const out: string[] = [];
  // The text, each mention marked: [Alfredo Beltrán Leyva|PER] or coloured on a terminal.
  let at = 0;
  let marked = '';
  for (const m of x.mentions) {
    if (m.start < at) continue;
    const t = type.get(m.entity);
    if (!t) continue;
    marked += doc.text.slice(at, m.start);
    const surface = doc.text.slice(m.start, m.end);
    marked += colour ? `${COLOURS[t]}${surface}${RESET}${DIM}/${TAG[t]}${RESET}` : `[${surface}|${TAG[t]}]`;
    at = m.end;
  }
  marked += doc.text.slice(at);
  out.push(marked.trimEnd(), '');

  const sentence = (e: Evidence) => doc.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim();
  const fact = (head: string, e: Evidence) => {
    out.push(`  ${head}`);
    out.push(`      rule ${e.rule} (confidence ${e.confidence})`);
    out.push(`      “${sentence(e)}”`);
  };
  out.push(`Entities (${x.entities.length})`);
  for (const e of x.entities) out.push(`  ${e.name} [${e.type}, by ${e.typeRule}]${e.aliases.length ? ` aka ${e.aliases.join('; ')}` : ''}`);
  out.push('', `Relations (${x.relations.length})`);
  for (const r of x.relations) fact(`${name.get(r.subject)} —${r.predicate}${r.qualifier ? `(${r.qualifier})` : ''}→ ${name.get(r.object)}`, r.evidence);
  out.push('', `Events (${x.events.length})`);
  for (const e of x.events) {
    const roles = Object.entries(e.others).map(([k, v]) => `${k}: ${name.get(v)}`).join(', ');
    fact(`${e.type} of ${name.get(e.subject)}${e.date ? ` on ${e.date}` : ''}${e.place ? ` in ${name.get(e.place)}` : ''}${e.detail ? ` — ${e.detail}` : ''}${roles ? ` (${roles})` : ''}`, e.evidence);
  }
  out.push('', `Money (${x.money.length})`);
  for (const m of x.money) fact(`${m.currency} ${m.amount.toLocaleString('en-US')} ${m.kind}${m.party ? ` — ${name.get(m.party)}` : ''}`, m.evidence);
  return out.join('\n') + '\n';
}

export function register(program: Command): void {
  program.command('explain')
    .description('Show why nexo believes what it reads in a file: the text with mentions marked by type, then every fact with its rule and sentence.')
    .argument('<file>', 'an article (.txt .md .html .pdf; the first record of a .jsonl)')
    .option('--published <date>', 'published date (YYYY-MM-DD) when the file gives none', parsePublished)
    .option('--json', 'print the extraction as JSON')
    .option('--no-color', 'mark mentions as [text|TYPE] instead of with colours')
    .action(async (file: string, o: { published?: string; json?: boolean; color: boolean }) => {
      const outcomes = await readFile(file, { published: o.published });
      for (const r of outcomes) {
        if (!r.ok) { process.stderr.write(`failed: ${r.uri}: ${r.reason}\n`); process.exitCode = 1; continue; }
        const x = extract(r.document);
        if (o.json) printJson(x);
        else process.stdout.write(formatExplanation(r.document, x, o.color && !!process.stdout.isTTY && !process.env.NO_COLOR));
      }
    });
}
