/**
 * Document → Extraction: a pure function (no I/O, no global state beyond the loaded word
 * lists and tagger), so it can run in worker threads and on other machines.
 */
import type { Document } from '../document/document.js';
import type { ExtractedEntity, Extraction } from './extraction.js';
import { analyse } from './tokens.js';
import { findNames } from './names.js';
import { buildEntities } from './entities.js';
import { findDates } from './dates.js';
import { findAmounts } from './amounts.js';
import { DocContext } from './context.js';
import { findEvents, storyDefendant } from './events.js';
import { findRelations } from './relations.js';
import { findMoney } from './money.js';
import { markRegionReadings } from './place-readings.js';
import { kinInEvents } from './kin-events.js';

export type ExtractInput = Pick<Document, 'id' | 'text' | 'published'>;

export function extract(doc: ExtractInput): Extraction {
  const a = analyse(doc.text);
  const spans = findNames(a);
  const { entities, mentions } = buildEntities(a, spans);
  markRegionReadings(doc.text, entities, mentions);
  const dates = findDates(doc.text, doc.published);
  const amounts = findAmounts(doc.text);
  const entityAt = new Map(mentions.map((m) => [m.start, m.entity]));
  const titled = spans.filter((s) => s.title && entityAt.has(s.start)).map((s) => ({ entity: entityAt.get(s.start)!, title: s.title! }));
  const c = new DocContext(a, entities, mentions, dates, amounts, titled);
  const events = findEvents(c);
  const relations = findRelations(c, storyDefendant(c, events));
  events.push(...kinInEvents(c, events, relations));
  // The defendant of a sentence without one: the person the events so far happen to most
  // (a bodyguard arrested with a kingpin does not take the kingpin's cash), the latest on a tie.
  const defendant = (s: number): string | null => {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const e of events) {
      if (e.evidence.sentence > s || c.type(e.subject) !== 'Person') continue;
      const n = (counts.get(e.subject) ?? 0) + 1;
      counts.set(e.subject, n);
      if (!best || n >= counts.get(best)!) best = e.subject;
    }
    return best;
  };
  const money = findMoney(c, defendant);
  // A seized sum is a seizure from its owner: "officers found R$1.8 million in cash" after "Nunes was detained".
  for (const m of money) {
    if (m.kind !== 'seized' || !m.party || c.type(m.party) === 'PublicBody' || c.type(m.party) === 'Location') continue;
    if (events.some((e) => e.type === 'seizure' && e.subject === m.party && e.evidence.sentence === m.evidence.sentence)) continue;
    const date = c.datesBySentence[m.evidence.sentence]![0] ?? null;
    const sameStory = events.find((e) => e.subject === m.party && e.date && Math.abs(e.evidence.sentence - m.evidence.sentence) <= 1);
    events.push({
      type: 'seizure', subject: m.party, others: {}, date: date?.iso ?? sameStory?.date ?? null, precision: date?.precision ?? sameStory?.precision ?? null,
      place: null, detail: `${m.currency} ${m.amount}`, evidence: { ...m.evidence, rule: 'event.seized-sum', confidence: 0.5 },
    });
  }
  return {
    documentId: doc.id,
    sentences: a.sentences,
    // Written out: a rest pattern copies through the slow generic path.
    entities: entities.map((e) => {
      const out: ExtractedEntity = { id: e.id, type: e.type, name: e.name, aliases: e.aliases, typeRule: e.typeRule };
      if (e.reading) out.reading = e.reading;
      return out;
    }),
    mentions,
    relations,
    events,
    money,
  };
}
