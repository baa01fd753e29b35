/**
 * Relatives named only by their tie in an event's clause: "Agents arrested de la Fuente and his
 * son", "Ruiz and her husband were charged". The relative is the person the document ties to the
 * named one with that kin word, so this runs after the relations are read.
 */
import type { ExtractedEvent, ExtractedRelation } from './extraction.js';
import type { DocContext } from './context.js';
import { KIN, KIN_INVERSE } from './lexicon/index.js';

const AND_KIN = /^\s+and\s+(?:his|her)\s+(?:(?:two|three|eldest|oldest|youngest|younger|elder|older)\s+)?([a-z-]+)\b/;

/** The kin words of lexicon/kinship.json that name several people. */
const PLURAL_KIN = new Set(['sons', 'daughters', 'children', 'brothers', 'sisters', 'siblings', 'cousins', 'relatives']);

/** People the relations say are `qualifier` to `anchor` (a family tie read from either side). */
function relativesOf(relations: ExtractedRelation[], anchor: string, qualifier: string): string[] {
  const out = new Set<string>();
  for (const r of relations) {
    if (r.predicate !== 'family') continue;
    if (r.object === anchor && r.subject !== anchor && r.qualifier === qualifier) out.add(r.subject);
    if (r.subject === anchor && r.object !== anchor && r.qualifier === KIN_INVERSE.get(qualifier)) out.add(r.object);
  }
  return [...out];
}

export function kinInEvents(c: DocContext, events: ExtractedEvent[], relations: ExtractedRelation[]): ExtractedEvent[] {
  const added: ExtractedEvent[] = [];
  const known = new Set(events.map((o) => `${o.type}|${o.subject}`));
  for (const e of events) {
    if (c.type(e.subject) !== 'Person') continue;
    for (const m of c.bySentence[e.evidence.sentence]!) {
      if (m.entity !== e.subject) continue;
      const k = AND_KIN.exec(c.a.text.slice(m.end, m.end + 48));
      const qualifier = k ? KIN.get(k[1]!) : undefined;
      if (!qualifier) continue;
      const kin = relativesOf(relations, e.subject, qualifier);
      // "his son" with two sons known is not one of them in particular; "his sons" is all of them.
      const plural = PLURAL_KIN.has(k![1]!);
      if (!kin.length || (!plural && kin.length > 1)) continue;
      for (const id of kin) {
        if (known.has(`${e.type}|${id}`)) continue;
        known.add(`${e.type}|${id}`);
        added.push({ ...e, subject: id, others: {}, evidence: { ...e.evidence, rule: 'event.kin-with', confidence: 0.5 } });
      }
    }
  }
  return added;
}
