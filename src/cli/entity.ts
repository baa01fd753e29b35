/** `nexo entity`: one actor's profile — aliases, ties with citations, dated events, amounts. */
import type { Command } from 'commander';
import { type Contradiction, findContradictions } from '../graph/contradictions.js';
import type { Citation, EntityProfile, FactMeta } from '../store/store.js';
import { DEFAULT_DB, UserError, openStore, printJson } from './common.js';
import { formatContradiction } from './contradictions.js';

function cite(c: Citation): string {
  const s = c.sentence.replace(/\s+/g, ' ').trim();
  return `      “${s.length > 220 ? s.slice(0, 219) + '…' : s}” — ${c.documentTitle ?? c.documentId.slice(0, 12)} [${c.rule}]`;
}

const money = (n: number, cur: string) => `${cur} ${n.toLocaleString('en-US')}`;

export interface ProfileView extends EntityProfile {
  contradictions: Contradiction[];
  /** With --why: each document's own entity that resolution put here, and why. */
  resolvedFrom?: { document: string; name: string; reason: string | null; score: number | null }[];
}

export function formatProfile(p: ProfileView, o: { ids?: boolean } = {}): string {
  // Corroboration, a person's verdict, and the id to give `nexo reject`/`confirm`.
  const tail = (f: FactMeta & { id: string }) =>
    `  · ${f.corroboration} source(s)${f.status ? `  [${f.status}]` : ''}${o.ids ? `  ${f.id}` : ''}`;
  const out: string[] = [];
  out.push(`${p.name}  [${p.type}]  id ${p.id}  · named in ${p.documents} document(s)`);
  const aliases = p.aliases.filter((a) => a.name !== p.name);
  if (aliases.length) out.push(`  aliases: ${aliases.map((a) => `${a.name} (${a.count})`).join(', ')}`);
  if (p.relations.length) {
    out.push('', '  Ties');
    for (const r of p.relations) {
      const other = r.subject.id === p.id ? r.object : r.subject;
      const dir = r.subject.id === p.id ? `${r.predicate}${r.qualifier ? ` (${r.qualifier})` : ''} →` : `← ${r.predicate}${r.qualifier ? ` (${r.qualifier})` : ''}`;
      const period = r.start || r.end ? `  ${r.start ?? '…'}–${r.end ?? '…'}` : '';
      out.push(`    ${dir} ${other.name} [${other.type}]${period}${tail(r)}`);
      for (const c of r.citations) out.push(cite(c));
    }
  }
  if (p.events.length) {
    out.push('', '  Events');
    const sorted = [...p.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    for (const e of sorted) {
      const roles = Object.entries(e.others).map(([r, x]) => `${r}: ${x.name}`).join(', ');
      const who = e.subject.id === p.id ? '' : ` (${e.subject.name})`;
      out.push(`    ${(e.date ?? 'undated').padEnd(10)}  ${e.type}${who}${e.place ? ` in ${e.place.name}` : ''}${e.detail ? ` — ${e.detail}` : ''}${roles ? `  [${roles}]` : ''}${tail(e)}`);
      for (const c of e.citations) out.push(cite(c));
    }
  }
  if (p.amounts.length) {
    out.push('', '  Money');
    for (const a of p.amounts) {
      out.push(`    ${money(a.amount, a.currency)}  ${a.kind}${a.date ? `  ${a.date}` : ''}${a.party && a.party.id !== p.id ? `  (${a.party.name})` : ''}${tail(a)}`);
      for (const c of a.citations) out.push(cite(c));
    }
  }
  if (p.resolvedFrom?.length) {
    out.push('', '  Resolved from');
    for (const r of p.resolvedFrom) out.push(`    ${r.name} — in ${r.document}: ${r.reason ?? 'not yet resolved'}${r.score !== null ? ` (${r.score})` : ''}`);
  }
  if (p.contradictions.length) {
    out.push('', `  Contradictions (${p.contradictions.length}): the sources disagree`);
    for (const c of p.contradictions) out.push(formatContradiction(c, '    '));
  }
  return out.join('\n') + '\n';
}

export function register(program: Command): void {
  program.command('entity')
    .description('Show an actor: aliases, ties with the sentences that state them, dated events and amounts.')
    .argument('<name-or-id...>', 'an entity id, or a name or alias (accents and case do not matter)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--ids', 'show each fact\'s id (for `nexo reject` and `nexo confirm`)')
    .option('--why', 'show which documents\' entities were resolved into this one, and why')
    .option('--json', 'print the profile as JSON')
    .action(async (words: string[], o: { db: string; json?: boolean; ids?: boolean; why?: boolean }) => {
      const store = await openStore(o.db, { mustExist: true });
      try {
        const q = words.join(' ');
        const found = await store.findEntities(q);
        if (!found.length) throw new UserError(`no entity named "${q}" (try \`nexo search ${q}\`)`);
        const exact = found.filter((f) => f.id === q);
        const chosen = exact.length ? exact : found.length === 1 ? found : null;
        if (!chosen) {
          if (o.json) return printJson({ ambiguous: found });
          process.stdout.write(`"${q}" names ${found.length} entities; pick one by id:\n${found.map((f) => `  ${f.id}  ${f.name} [${f.type}] · ${f.documents} doc(s)`).join('\n')}\n`);
          return;
        }
        const profile = await store.entityProfile(chosen[0]!.id);
        if (!profile) throw new UserError(`entity ${chosen[0]!.id} vanished while reading`);
        const view: ProfileView = { ...profile, contradictions: findContradictions(profile) };
        if (o.why) {
          const titles = new Map((await store.listDocuments()).map((d) => [d.id, d.title ?? d.uri]));
          view.resolvedFrom = (await store.localsByGraphIds([profile.id]))
            .map((l) => ({ document: titles.get(l.documentId) ?? l.documentId, name: l.name, reason: l.reason, score: l.score }));
        }
        if (o.json) printJson(view); else process.stdout.write(formatProfile(view, { ids: o.ids }));
      } finally {
        await store.close();
      }
    });
}
