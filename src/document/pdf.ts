/**
 * PDF reader (court filings, press releases): text by unpdf (pdf.js), page by page.
 *
 * PDFs are untrusted binaries: pdf.js runs with font-program evaluation off (it compiles
 * font code with `new Function` otherwise) and without console warnings, and any failure
 * becomes a one-line reason. A PDF with no text layer (a scan) is reported, not
 * returned empty.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { DocumentMeta } from './document.js';
import { normalizeLanguage } from './language.js';
import { normalizeText } from './decode.js';
import { errorMessage, fail, ok, type Result } from './result.js';
import { tidyText } from './whitespace.js';

/** pdf.js works asynchronously; a document that stalls it must not stall the batch. */
const PDF_TIMEOUT_MS = 60_000;

export interface PdfArticle {
  text: string;
  meta: DocumentMeta;
  pages: number;
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may be preceded by junk, within the first kilobyte (as readers allow).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function pdfReason(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = errorMessage(error).replace(/\.$/, '');
  if (name === 'PasswordException') return 'encrypted PDF (password required)';
  return `corrupt PDF: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/**
 * Lines of a PDF page are wrapped by layout, not by meaning. Two repairs are safe:
 * a word hyphenated across lines is rejoined, and a line followed by one starting in
 * lower case is the same sentence going on. Other line breaks stay.
 */
export function unwrapPdfLines(text: string): string {
  return text
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .replace(/([^\n.!?:])\n(?=[\p{Ll}])/gu, '$1 ');
}

/** Titles that are the authoring tool's file name, not the document's. */
function usableTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const t = title.replace(/\s+/g, ' ').trim();
  if (!t || /^(untitled|microsoft word\b)/i.test(t) || /\.(docx?|pdf|rtf|odt|indd|pages|txt)$/i.test(t)) return null;
  return t;
}

async function read(bytes: Uint8Array): Promise<Result<PdfArticle>> {
  // pdf.js may take ownership of (detach) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    let title: string | null = null;
    let language: string | null = null;
    try {
      // The info dictionary is a bonus; a broken one does not spoil the text. Its
      // CreationDate is not taken as the published date: it is when the file was made,
      // which for a printed web page can be years later.
      const { info } = await getMeta(pdf);
      title = usableTitle(info?.Title);
      language = normalizeLanguage(info?.Language);
    } catch {
      /* no usable metadata */
    }
    const body = tidyText(unwrapPdfLines(normalizeText(text)));
    if (!body) return fail(`no text in PDF (${totalPages} page${totalPages === 1 ? '' : 's'}; scanned pages need OCR first)`);
    return ok({ text: body, meta: { title, language }, pages: totalPages });
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

export async function pdfToArticle(bytes: Uint8Array): Promise<Result<PdfArticle>> {
  if (bytes.length === 0) return fail('empty file');
  if (!isPdf(bytes)) return fail('corrupt PDF: no %PDF header');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Result<PdfArticle>>((resolve) => {
    timer = setTimeout(() => resolve(fail(`corrupt PDF: no result after ${PDF_TIMEOUT_MS / 1000} s`)), PDF_TIMEOUT_MS);
    timer.unref();
  });
  try {
    return await Promise.race([read(bytes).catch((error: unknown) => fail<PdfArticle>(pdfReason(error))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
