/** Worker-thread entry: one document in, its extraction out. extract() is pure, so workers share nothing. */
import { extract, type ExtractInput } from '../extract/extract.js';
import type { Extraction } from '../extract/extraction.js';

export default function run(doc: ExtractInput): Extraction {
  return extract(doc);
}
