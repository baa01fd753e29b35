/** What nexo analyses: one article's cleaned body with its metadata. */

/** Where a document's published date came from, so a reader can weigh it. */
export type PublishedSource = 'front-matter' | 'option' | 'text' | 'none';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'jsonl';

/** Metadata a file may carry (front matter, a JSONL record, HTML meta tags). */
export interface DocumentMeta {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** ISO date, YYYY-MM-DD. */
  published?: string | null;
  language?: string | null;
}

export interface Document {
  /** sha256 (hex) of `text`: the same cleaned text is the same document. */
  id: string;
  /** Where it was read from: a path, or `path#line` for a JSONL record. */
  uri: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date YYYY-MM-DD, the reference for relative dates. */
  published: string | null;
  publishedSource: PublishedSource;
  /** ISO 639-1 code. */
  language: string;
  format: SourceFormat;
  /** The cleaned body: every offset in an Extraction points into this string. */
  text: string;
}
