/**
 * Sources in an FtM export. Every stored document becomes an `Article`, and every fact
 * carries its citations: the sentences as `description` values, the articles' URLs and
 * outlets as `sourceUrl` and `publisher`, and — on schemata that have it (Thing, so Event
 * but not the relationship schemata, which are Intervals) — `proof` links to the Articles.
 * A reader in Aleph can thus see why each fact is there without nexo at hand.
 */
import type { Citation, DocumentSummary, Store } from '../store/store.js';
import { ftmEntity, ftmId, type FtmEntity } from './ftm-model.js';

/** What an export needs to know about a document; the body text stays out. */
export interface SourceDocument extends DocumentSummary {
  url: string | null;
}

/**
 * A sentence list that never ends is no use in a description field; past this many, the
 * rest are counted, and the full list stays one `nexo` query away.
 */
export const MAX_CITATIONS = 50;

/** The FtM id of a document's Article: the content hash makes it stable across exports. */
export function articleId(documentId: string): string {
  return ftmId(`doc-${documentId}`);
}

/** The last segment of a path or URL: `a/b/c.txt#12` → `c.txt#12`. Local directories stay private. */
function fileName(uri: string): string {
  const last = uri.split(/[\\/]/u).filter((part) => part !== '').pop();
  return last ?? uri;
}

/**
 * An Article. FtM's Document family requires `fileName`; the uri's last segment is the
 * honest value. `language` is left out: FtM wants ISO 639-3 ("eng") where nexo keeps
 * ISO 639-1 ("en"), and a wrong code is worse than none. The body text is left out too:
 * the export is the graph, and the articles themselves may not be ours to redistribute.
 */
export function articleEntity(doc: SourceDocument): FtmEntity {
  return ftmEntity(articleId(doc.id), 'Article', {
    title: doc.title,
    fileName: fileName(doc.uri),
    publisher: doc.outlet,
    publishedAt: doc.published,
    sourceUrl: doc.url,
  });
}

/** Documents by id, read once per export. */
export class SourceIndex {
  private constructor(private readonly documents: ReadonlyMap<string, SourceDocument>) {}

  /** Reads each document once for its URL (the summaries leave it out); the text is not kept. */
  static async load(store: Store): Promise<SourceIndex> {
    const documents = new Map<string, SourceDocument>();
    for (const summary of await store.listDocuments()) {
      const stored = await store.getDocument(summary.id);
      documents.set(summary.id, { ...summary, url: stored?.url ?? null });
    }
    return new SourceIndex(documents);
  }

  static of(documents: Iterable<SourceDocument>): SourceIndex {
    return new SourceIndex(new Map([...documents].map((d) => [d.id, d])));
  }

  all(): Iterable<SourceDocument> {
    return this.documents.values();
  }

  /** One readable line per citation: the sentence, then where it was printed. */
  describe(citation: Citation): string {
    const doc = this.documents.get(citation.documentId);
    const where = [doc?.title ?? citation.documentTitle ?? doc?.uri ?? citation.documentId, doc?.outlet, doc?.published]
      .filter((part): part is string => typeof part === 'string' && part !== '');
    return `“${citation.sentence.trim()}” — ${where.join(', ')}`;
  }

  /** Properties every Interval and Thing has: the sentences, the URLs, the outlets. */
  citationProperties(citations: readonly Citation[]): { description: string[]; sourceUrl: string[]; publisher: string[] } {
    const shown = citations.slice(0, MAX_CITATIONS).map((c) => this.describe(c));
    if (citations.length > MAX_CITATIONS) shown.push(`… and ${citations.length - MAX_CITATIONS} more citations`);
    const docs = this.documentsOf(citations);
    return {
      description: shown,
      sourceUrl: docs.flatMap((d) => (d.url ? [d.url] : [])),
      publisher: docs.flatMap((d) => (d.outlet ? [d.outlet] : [])),
    };
  }

  /** Article ids for `proof`: only documents that are in the export, so every reference resolves. */
  proof(citations: readonly Citation[]): string[] {
    return this.documentsOf(citations).map((d) => articleId(d.id));
  }

  private documentsOf(citations: readonly Citation[]): SourceDocument[] {
    const seen = new Map<string, SourceDocument>();
    for (const { documentId } of citations) {
      const doc = this.documents.get(documentId);
      if (doc) seen.set(documentId, doc);
    }
    return [...seen.values()];
  }
}
