/**
 * The page's stylesheet, inlined so the page is one request and needs no build step.
 * A newsroom reading tool: article text in a serif at a comfortable measure, interface in
 * the system sans, one ink colour, one accent, and muted tints that tell entity types apart.
 */
export const PAGE_STYLE = String.raw`
:root {
  --ink: #1c2128;
  --ink-soft: #4a5360;
  --ink-faint: #6b7480;
  --paper: #fbfaf7;
  --card: #ffffff;
  --rule: #e3e0d8;
  --rule-strong: #cfcabe;
  --accent: #8a1c1c;
  --accent-soft: #f6e9e6;
  --link: #1d4f7a;
  --highlight: #fff1b8;
  --highlight-strong: #ffd84d;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Times New Roman", serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font: 16px/1.5 var(--sans);
}
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible {
  outline: 2px solid var(--link);
  outline-offset: 2px;
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Masthead */
.masthead {
  position: sticky; top: 0; z-index: 10;
  background: var(--card);
  border-bottom: 1px solid var(--rule);
  box-shadow: 0 1px 0 rgba(0, 0, 0, 0.02);
}
.masthead-inner {
  max-width: 1080px; margin: 0 auto; padding: 12px 24px;
  display: flex; align-items: center; gap: 24px; flex-wrap: wrap;
}
.brand {
  font: 700 22px/1 var(--serif);
  letter-spacing: -0.01em;
  color: var(--ink);
}
.brand::after { content: "."; color: var(--accent); }
.brand:hover { text-decoration: none; }
.search { flex: 1 1 420px; display: flex; gap: 8px; }
.search input {
  flex: 1; min-width: 0;
  font: inherit; padding: 8px 12px;
  border: 1px solid var(--rule-strong); border-radius: 6px;
  background: var(--paper); color: var(--ink);
}
.search input:focus { background: var(--card); border-color: var(--link); outline: none; }
.search button {
  font: 600 14px var(--sans); padding: 8px 16px;
  border: 1px solid var(--ink); border-radius: 6px;
  background: var(--ink); color: #fff; cursor: pointer;
}
.search button:hover { background: #000; }
.stats {
  max-width: 1080px; margin: 0 auto; padding: 0 24px 10px;
  font-size: 13px; color: var(--ink-faint);
}
.stats:empty { display: none; }

/* Page body */
main { max-width: 1080px; margin: 0 auto; padding: 28px 24px 80px; }
main:focus { outline: none; }
h1, h2, h3 { line-height: 1.2; margin: 0; }
h1 { font: 700 32px/1.15 var(--serif); letter-spacing: -0.01em; }
h2 {
  font: 600 12px/1 var(--sans); text-transform: uppercase; letter-spacing: 0.08em;
  color: var(--ink-faint);
  padding-bottom: 8px; margin: 36px 0 14px;
  border-bottom: 1px solid var(--rule);
}
h2 .count { color: var(--ink-faint); font-weight: 400; margin-left: 6px; }
h3 { font: 600 15px/1.3 var(--sans); margin: 20px 0 8px; color: var(--ink-soft); }
p { margin: 0 0 12px; }
.muted { color: var(--ink-faint); }
.small { font-size: 13px; }
.lede { font: 18px/1.55 var(--serif); color: var(--ink-soft); max-width: 640px; }
.notice {
  padding: 14px 16px; border-radius: 6px; background: var(--card);
  border: 1px solid var(--rule); color: var(--ink-soft);
}
.notice.error { border-color: #e2b4ad; background: var(--accent-soft); color: var(--accent); }
.loading { color: var(--ink-faint); font-size: 14px; }
.back {
  display: inline-block; margin-bottom: 18px; font-size: 14px;
  background: none; border: 0; padding: 0; color: var(--link); cursor: pointer; font-family: inherit;
}
.back:hover { text-decoration: underline; }

/* Type badges: tints, not signals — the name is what matters. */
.badge {
  display: inline-block; vertical-align: middle;
  font: 600 11px/1 var(--sans); letter-spacing: 0.04em; text-transform: uppercase;
  padding: 4px 7px; border-radius: 4px; white-space: nowrap;
  background: #eceae4; color: #4a4a44;
}
.badge-person { background: #e6eef6; color: #24507a; }
.badge-organization { background: #f5ece0; color: #7a4a14; }
.badge-publicbody { background: #e5f1ea; color: #23603d; }
.badge-company { background: #eeeaf5; color: #4d3a7a; }
.badge-location { background: #e4f1f2; color: #1f5f66; }
.badge-event { background: var(--accent-soft); color: var(--accent); }
h1 .badge { margin-left: 12px; position: relative; top: -4px; }

/* Home */
.home { padding-top: 24px; }
.home h1 { font-size: 40px; margin-bottom: 12px; }
.stat-grid { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 28px; }
.stat {
  background: var(--card); border: 1px solid var(--rule); border-radius: 8px;
  padding: 14px 18px; min-width: 140px;
}
.stat b { display: block; font: 700 26px/1.1 var(--serif); }
.stat span { font-size: 13px; color: var(--ink-faint); }

/* Search results */
.results { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 40px; }
@media (max-width: 820px) { .results { grid-template-columns: minmax(0, 1fr); gap: 0; } }
.hits { list-style: none; margin: 0; padding: 0; }
.hit { border-bottom: 1px solid var(--rule); }
.hit > a { display: block; padding: 12px 4px; color: inherit; }
.hit > a:hover { background: var(--card); text-decoration: none; }
.hit-title { font-weight: 600; color: var(--link); margin-right: 8px; }
.doc-hit .hit-title { font: 600 18px/1.3 var(--serif); display: block; margin-bottom: 2px; }
.hit-meta { font-size: 13px; color: var(--ink-faint); margin-top: 4px; }
.snippet { font: 15px/1.5 var(--serif); color: var(--ink-soft); margin-top: 6px; }
mark { background: var(--highlight); color: inherit; padding: 0 1px; border-radius: 2px; }

/* Profile */
.profile-head { padding-bottom: 16px; border-bottom: 2px solid var(--ink); }
.profile-head .hit-meta { font-size: 14px; margin-top: 8px; }
.aliases { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 14px; }
.alias {
  font-size: 13px; padding: 3px 9px; border-radius: 999px;
  background: var(--card); border: 1px solid var(--rule);
}
.alias .n { color: var(--ink-faint); margin-left: 4px; font-size: 12px; }
.facts { list-style: none; margin: 0; padding: 0; }
.fact { padding: 12px 0; border-bottom: 1px solid var(--rule); }
.fact:last-child { border-bottom: 0; }
.fact-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; }
.fact-line a.entity { font-weight: 600; }
.fact-note { color: var(--ink-soft); font-size: 14px; }
.sources-count { font-size: 12px; color: var(--ink-faint); }
.timeline .fact { display: grid; grid-template-columns: 120px minmax(0, 1fr); gap: 16px; }
@media (max-width: 600px) { .timeline .fact { grid-template-columns: minmax(0, 1fr); gap: 4px; } }
.when { font: 600 14px/1.4 var(--sans); color: var(--ink); font-variant-numeric: tabular-nums; }
.when.unknown { color: var(--ink-faint); font-weight: 400; }
.figure { font: 700 22px/1.2 var(--serif); font-variant-numeric: tabular-nums; }

/* Citations: the sentence, then where it was printed. */
.citations { list-style: none; margin: 8px 0 0; padding: 0; }
.citation a {
  display: block; margin-top: 6px; padding: 8px 12px;
  border-left: 3px solid var(--rule-strong); background: var(--card);
  color: var(--ink); border-radius: 0 4px 4px 0;
}
.citation a:hover { border-left-color: var(--accent); text-decoration: none; background: #fffdf6; }
.citation q { font: italic 15px/1.5 var(--serif); quotes: "\201C" "\201D"; }
.citation .source { display: block; font-size: 12px; color: var(--ink-faint); margin-top: 4px; }

/* Document reader */
.reader { max-width: 720px; }
.reader h1 { margin-bottom: 10px; }
.reader .hit-meta { font-size: 14px; margin-bottom: 24px; }
.doc-text {
  font: 19px/1.7 var(--serif); color: var(--ink);
  white-space: pre-wrap; overflow-wrap: break-word;
  background: var(--card); border: 1px solid var(--rule); border-radius: 8px;
  padding: 28px 32px;
}
@media (max-width: 600px) { .doc-text { padding: 18px; font-size: 17px; } }
.cited-sentence { background: var(--highlight); border-radius: 2px; box-shadow: 0 0 0 2px var(--highlight); }
.cited-sentence mark { background: var(--highlight-strong); }
.cited-sentence:focus { outline: none; }
.source-uri { font-family: var(--mono); font-size: 12px; color: var(--ink-faint); overflow-wrap: anywhere; }
`;
