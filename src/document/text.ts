/**
 * Plain text reader (.txt). The text is already the article; all that is left is to give
 * it the common shape (tidy whitespace, one blank line between paragraphs). Line breaks
 * inside a paragraph are kept: in a .txt they may be meaningful (lists, addresses), and
 * guessing which ones are wrapping is not worth the risk of gluing lines together.
 */
import { tidyText } from './whitespace.js';

export function plainTextBody(text: string): string {
  return tidyText(text);
}
