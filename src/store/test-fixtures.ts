/**
 * Hand-built ingest inputs for store tests: invented articles about invented people, with
 * the extraction an extractor would produce for them written out by hand. Offsets are
 * found by searching the text, so editing a sentence cannot leave a span pointing astray.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../document/document.js';
import type {
  EntityType, Evidence, ExtractedAmount, ExtractedEntity, ExtractedEvent, ExtractedRelation, Extraction, Mention, Span,
} from '../extract/extraction.js';
import type { IngestInput, ResolvedEntity } from './store.js';

/** A document whose id is the sha256 of its text, as document/ computes it. */
export function makeDocument(text: string, meta: Partial<Omit<Document, 'id' | 'text'>> = {}): Document {
  return {
    id: createHash('sha256').update(text).digest('hex'),
    uri: meta.uri ?? 'test://article.txt',
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    publishedSource: meta.publishedSource ?? (meta.published ? 'front-matter' : 'none'),
    language: meta.language ?? 'en',
    format: meta.format ?? 'text',
    text,
  };
}

/** Sentences of a test text: each ends at '.', '!' or '?' followed by space or the end. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\s][^.!?]*[.!?]+(?=\s|$)/gu;
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * Builds an IngestInput step by step. Spans are given as phrases, found in the text after
 * the previous phrase looked up (or from the start), so repeated words resolve in order.
 */
export class InputBuilder {
  readonly document: Document;
  readonly sentences: Span[];
  private readonly entities: ExtractedEntity[] = [];
  private readonly mentions: Mention[] = [];
  private readonly relations: ExtractedRelation[] = [];
  private readonly events: ExtractedEvent[] = [];
  private readonly money: ExtractedAmount[] = [];
  private readonly resolution: Record<string, ResolvedEntity> = {};

  constructor(text: string, meta: Partial<Omit<Document, 'id' | 'text'>> = {}) {
    this.document = makeDocument(text, meta);
    this.sentences = sentenceSpans(text);
  }

  /** The span of the `nth` (0-based) occurrence of `phrase`. */
  span(phrase: string, nth = 0): Span {
    let start = -1;
    for (let i = 0; i <= nth; i++) {
      start = this.document.text.indexOf(phrase, start + 1);
      if (start < 0) throw new Error(`fixture: "${phrase}" (#${nth}) not in text`);
    }
    return { start, end: start + phrase.length };
  }

  /** Evidence for the sentence holding `phrase`. */
  evidence(phrase: string, rule = 'test.rule', confidence = 0.9, nth = 0): Evidence {
    const span = this.span(phrase, nth);
    const sentence = this.sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
    if (sentence < 0) throw new Error(`fixture: "${phrase}" is in no sentence`);
    return { ...span, sentence, rule, confidence };
  }

  /** A local entity resolved to graph entity `graphId`, mentioned by each of `mentions` in text order. */
  entity(localId: string, type: EntityType, name: string, opts: {
    aliases?: string[]; graphId: string; graphName?: string; mentions?: string[];
  }): this {
    this.entities.push({ id: localId, type, name, aliases: opts.aliases ?? [], typeRule: 'test.type' });
    this.resolution[localId] = { id: opts.graphId, type, name: opts.graphName ?? name };
    // Each mention is looked for after the previous one: "Quintero" after "Marisol Quintero Vega".
    let from = 0;
    for (const text of opts.mentions ?? [name]) {
      const start = this.document.text.indexOf(text, from);
      if (start < 0) throw new Error(`fixture: mention "${text}" not in text after offset ${from}`);
      from = start + text.length;
      this.mentions.push({ start, end: from, entity: localId, text, rule: 'test.mention' });
    }
    return this;
  }

  relation(subject: string, predicate: ExtractedRelation['predicate'], object: string, evidence: Evidence,
    extra: Partial<Pick<ExtractedRelation, 'qualifier' | 'start' | 'end'>> = {}): this {
    this.relations.push({ subject, predicate, object, qualifier: null, start: null, end: null, ...extra, evidence });
    return this;
  }

  event(type: ExtractedEvent['type'], subject: string, evidence: Evidence,
    extra: Partial<Omit<ExtractedEvent, 'type' | 'subject' | 'evidence'>> = {}): this {
    this.events.push({ type, subject, others: {}, date: null, precision: null, place: null, detail: null, ...extra, evidence });
    return this;
  }

  amount(amount: number, currency: string, kind: ExtractedAmount['kind'], party: string | null, evidence: Evidence,
    extra: Partial<Pick<ExtractedAmount, 'date' | 'basis'>> = {}): this {
    this.money.push({ amount, currency, kind, party, date: null, basis: null, ...extra, evidence });
    return this;
  }

  build(): IngestInput {
    const extraction: Extraction = {
      documentId: this.document.id,
      sentences: this.sentences,
      entities: this.entities,
      mentions: this.mentions,
      relations: this.relations,
      events: this.events,
      money: this.money,
    };
    return { document: this.document, extraction, resolution: { ...this.resolution } };
  }
}

/** Graph ids shared by the fixture articles, as resolve/ would assign them. */
export const IDS = {
  marisol: 'ent_marisol-quintero-vega',
  cartel: 'ent_costa-azul-cartel',
  veracruz: 'ent_veracruz',
  ibarra: 'ent_tomas-ibarra',
  sierra: 'ent_sierra-norte-group',
  judge: 'ent_judge-elena-ruiz',
} as const;

/** Harbor Courier: a leader, her arrest, a forfeiture sought and her lawyer. */
export function harborCourier(): IngestInput {
  const b = new InputBuilder(
    'Marisol Quintero Vega, known as "La Reina," leads the Costa Azul Cartel. ' +
    'Federal agents arrested Quintero in Veracruz on March 2, 2021. ' +
    'Prosecutors are seeking forfeiture of $12 million from the Costa Azul Cartel. ' +
    'Her lawyer, Tomás Ibarra, declined to comment.',
    { title: 'Cartel leader "La Reina" arrested', outlet: 'Harbor Courier', published: '2021-03-04',
      uri: 'test://harbor-courier.txt', url: 'https://example.org/harbor/la-reina' });
  b.entity('marisol-quintero-vega', 'Person', 'Marisol Quintero Vega', {
    graphId: IDS.marisol, aliases: ['La Reina', 'Quintero'],
    mentions: ['Marisol Quintero Vega', 'La Reina', 'Quintero'],
  })
    .entity('costa-azul-cartel', 'Organization', 'Costa Azul Cartel', {
      graphId: IDS.cartel, mentions: ['Costa Azul Cartel', 'Costa Azul Cartel'],
    })
    .entity('veracruz', 'Location', 'Veracruz', { graphId: IDS.veracruz })
    .entity('tomas-ibarra', 'Person', 'Tomás Ibarra', { graphId: IDS.ibarra })
    .relation('marisol-quintero-vega', 'leader_of', 'costa-azul-cartel', b.evidence('leads the Costa Azul Cartel', 'relation.leads'))
    .relation('tomas-ibarra', 'lawyer_of', 'marisol-quintero-vega', b.evidence('Her lawyer', 'relation.possessive-role'))
    .event('arrest', 'marisol-quintero-vega', b.evidence('arrested', 'event.arrest-verb'), {
      date: '2021-03-02', precision: 'day', place: 'veracruz',
    })
    .amount(12_000_000, 'USD', 'forfeiture_sought', 'costa-azul-cartel', b.evidence('$12 million', 'money.dollars', 0.8));
  return b.build();
}

/** Valley Post: the same leadership stated again, a rivalry, and a judge. */
export function valleyPost(): IngestInput {
  const b = new InputBuilder(
    'Authorities say Marisol Quintero, the head of the Costa Azul Cartel, was detained in Veracruz. ' +
    'Her organization has long been a rival of the Sierra Norte Group. ' +
    'Judge Elena Ruiz ordered that Quintero be held without bail.',
    { title: 'Costa Azul boss held without bail', outlet: 'Valley Post', published: '2021-03-05',
      uri: 'test://valley-post.txt' });
  b.entity('marisol-quintero', 'Person', 'Marisol Quintero', {
    graphId: IDS.marisol, graphName: 'Marisol Quintero Vega', aliases: ['Quintero'],
    mentions: ['Marisol Quintero', 'Quintero'],
  })
    .entity('costa-azul-cartel', 'Organization', 'Costa Azul Cartel', { graphId: IDS.cartel })
    .entity('veracruz', 'Location', 'Veracruz', { graphId: IDS.veracruz })
    .entity('sierra-norte-group', 'Organization', 'Sierra Norte Group', { graphId: IDS.sierra })
    .entity('elena-ruiz', 'Person', 'Elena Ruiz', { graphId: IDS.judge })
    .relation('marisol-quintero', 'leader_of', 'costa-azul-cartel', b.evidence('the head of the Costa Azul Cartel', 'relation.appositive-role'))
    // Stated with the cartel first; Mountain Ledger states it the other way round.
    .relation('costa-azul-cartel', 'rival', 'sierra-norte-group', b.evidence('a rival of', 'relation.rival-of'))
    .event('arrest', 'marisol-quintero', b.evidence('detained', 'event.arrest-verb'), { place: 'veracruz' })
    .event('trial', 'marisol-quintero', b.evidence('held without bail', 'event.bail'), {
      others: { judge: 'elena-ruiz' }, detail: 'held without bail',
    });
  return b.build();
}

/** Mountain Ledger: the rivalry again, stated the other way round. */
export function mountainLedger(): IngestInput {
  const b = new InputBuilder(
    'The Sierra Norte Group is a bitter rival of the Costa Azul Cartel.',
    { title: 'Old rivals', outlet: 'Mountain Ledger', published: '2020-11-30', uri: 'test://mountain-ledger.txt' });
  b.entity('sierra-norte-group', 'Organization', 'Sierra Norte Group', { graphId: IDS.sierra })
    .entity('costa-azul-cartel', 'Organization', 'Costa Azul Cartel', { graphId: IDS.cartel })
    .relation('sierra-norte-group', 'rival', 'costa-azul-cartel', b.evidence('bitter rival', 'relation.rival-of'));
  return b.build();
}
