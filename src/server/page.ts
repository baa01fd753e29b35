/**
 * The one page: markup, inline style and inline script, with a Content-Security-Policy
 * that allows exactly that style and that script by their hashes. Nothing else on the page
 * can run — not an inline handler such as onerror=, not a script element — so a rendering
 * slip could show hostile text wrongly but could not execute it.
 *
 * It is a .ts module, not an .html file, so that tsc's output in dist/ carries it too.
 */
import { createHash } from 'node:crypto';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

// A literal "</script" or "</style" inside would end the element early and break the page.
if (/<\/script/iu.test(PAGE_SCRIPT) || /<\/style/iu.test(PAGE_STYLE)) {
  throw new Error('server/page: the inline script or style contains its own closing tag');
}

function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>nexo</title>
<link rel="icon" href="data:,">
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="masthead">
  <div class="masthead-inner">
    <a class="brand" href="#/">nexo</a>
    <form id="search-form" class="search" role="search" autocomplete="off">
      <label class="visually-hidden" for="q">Search actors and documents</label>
      <input id="q" name="q" type="search" maxlength="500" placeholder="Search people, organisations, places, articles…" autofocus>
      <button type="submit">Search</button>
    </form>
  </div>
  <p id="stats" class="stats"></p>
</header>
<main id="main" tabindex="-1"></main>
<noscript><p class="notice">nexo's page needs JavaScript. The JSON API is at /api/search?q=…</p></noscript>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;

export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(PAGE_STYLE)}`,
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
