/**
 * The page's script, inlined (no build step until the full workbench arrives).
 *
 * The one rule: text from documents and the graph reaches the DOM only as text nodes and
 * attribute values set through the DOM — never through innerHTML or any other HTML parser.
 * An article quoting "<script>" shows those characters. The `h` helper below is the only
 * way elements are made, and it has no path that parses markup.
 *
 * Written as plain browser JavaScript in String.raw, so it may contain no backtick and no
 * dollar-brace; page.ts checks that it cannot close its own script element.
 */
export const PAGE_SCRIPT = String.raw`
'use strict';
(function () {
  var MAX_QUERY = 500;
  var main = document.getElementById('main');
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var statsLine = document.getElementById('stats');
  var renderSeq = 0;

  /* ---------- building the DOM without markup ---------- */

  /** Only links we make ourselves, or http(s) URLs, become hrefs: no script or data URL ever does. */
  function safeHref(value) {
    var s = String(value);
    if (s.charAt(0) === '#') return s;
    try {
      var url = new URL(s);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch (e) { /* not a URL */ }
    return '#';
  }

  function append(el, children) {
    for (var i = 0; i < children.length; i++) {
      var c = children[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) { append(el, c); continue; }
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /** h('a', { href: '#/x', class: 'y' }, 'text', child): strings become text nodes. */
  function h(tag, props) {
    var el = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var v = props[key];
        if (v === null || v === undefined || v === false) return;
        if (key === 'class') el.className = v;
        else if (key === 'href') el.setAttribute('href', safeHref(v));
        else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), v);
        else el.setAttribute(key, String(v));
      });
    }
    return append(el, Array.prototype.slice.call(arguments, 2));
  }

  function text(s) { return document.createTextNode(String(s)); }

  /* ---------- words and numbers ---------- */

  var TYPE_LABELS = { Person: 'Person', Organization: 'Organization', PublicBody: 'Public body', Company: 'Company', Location: 'Place' };

  function badge(type) {
    var known = Object.prototype.hasOwnProperty.call(TYPE_LABELS, type);
    return h('span', { class: 'badge badge-' + (known ? type.toLowerCase() : 'other') }, known ? TYPE_LABELS[type] : String(type));
  }

  function words(code) {
    var s = String(code).replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** How a relation reads from each end: [as subject, as object]. */
  var PREDICATE_LABELS = {
    leader_of: ['Leader of', 'Led by'],
    member_of: ['Member of', 'Members'],
    works_for: ['Works for', 'Employs'],
    family: ['Family', 'Family'],
    associate: ['Associates', 'Associates'],
    ally: ['Allies', 'Allies'],
    rival: ['Rivals', 'Rivals'],
    part_of: ['Part of', 'Includes'],
    lawyer_of: ['Lawyer of', 'Represented by'],
    witness_against: ['Witness against', 'Faced testimony from'],
    colludes_with: ['Colludes with', 'Colluded with by'],
    supplier_of: ['Supplier of', 'Supplied by'],
    operates_in: ['Operates in', 'Present here']
  };

  function predicateLabel(predicate, asSubject) {
    var pair = PREDICATE_LABELS[predicate];
    return pair ? pair[asSubject ? 0 : 1] : words(predicate);
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** A date at the precision the text gave it: 2021, Mar 2021, 2 Mar 2021. */
  function formatDate(date, precision) {
    if (!date) return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(date));
    if (!m) return String(date);
    var p = precision || (m[3] ? 'day' : m[2] ? 'month' : 'year');
    if (p === 'year' || !m[2]) return m[1];
    var month = MONTHS[Number(m[2]) - 1] || m[2];
    if (p === 'month' || !m[3]) return month + ' ' + m[1];
    return Number(m[3]) + ' ' + month + ' ' + m[1];
  }

  function formatSpan(start, end) {
    if (!start && !end) return null;
    return (formatDate(start) || '?') + ' – ' + (formatDate(end) || 'present');
  }

  function formatMoney(amount, currency) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
    } catch (e) {
      return String(currency) + ' ' + new Intl.NumberFormat('en-US').format(amount);
    }
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /* ---------- routes ---------- */

  function entityHref(id) { return '#/entity/' + encodeURIComponent(id); }
  function docHref(id, start, end) {
    return '#/doc/' + encodeURIComponent(id) + (typeof start === 'number' ? '?s=' + start + '-' + end : '');
  }
  function searchHref(q) { return '#/search?q=' + encodeURIComponent(q); }

  function decode(part) {
    try { return decodeURIComponent(part); } catch (e) { return part; }
  }

  function parseHash() {
    var raw = location.hash.replace(/^#/, '');
    var qi = raw.indexOf('?');
    var path = qi < 0 ? raw : raw.slice(0, qi);
    return {
      parts: path.split('/').filter(function (p) { return p !== ''; }).map(decode),
      params: new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1))
    };
  }

  /* ---------- talking to the API ---------- */

  function api(path) {
    return fetch(path, { headers: { accept: 'application/json' } }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) {
        if (res.ok) return body;
        var err = new Error(body && body.error ? body.error : 'The server answered ' + res.status + '.');
        err.status = res.status;
        throw err;
      });
    });
  }

  /* ---------- shared pieces ---------- */

  function entityLink(entity) {
    return h('a', { class: 'entity', href: entityHref(entity.id) }, entity.name);
  }

  function citationList(citations) {
    if (!citations || citations.length === 0) return null;
    return h('ul', { class: 'citations' }, citations.map(function (c) {
      return h('li', { class: 'citation' },
        h('a', { href: docHref(c.documentId, c.start, c.end), title: 'Open the document at this sentence (rule: ' + c.rule + ')' },
          h('q', null, c.sentence),
          h('span', { class: 'source' }, c.documentTitle || 'Untitled document')));
    }));
  }

  function sourcesCount(citations) {
    var docs = {};
    (citations || []).forEach(function (c) { docs[c.documentId] = true; });
    var n = Object.keys(docs).length;
    return n > 1 ? h('span', { class: 'sources-count' }, plural(n, 'source', 'sources')) : null;
  }

  /** Marks case-insensitive occurrences of the query's words in a plain-text snippet. */
  function marked(snippet, query) {
    var terms = String(query).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
    var out = [];
    var s = String(snippet);
    var lower = s.toLowerCase();
    var i = 0;
    while (i < s.length && terms.length > 0) {
      var best = -1, len = 0;
      terms.forEach(function (t) {
        var at = lower.indexOf(t, i);
        if (at >= 0 && (best < 0 || at < best)) { best = at; len = t.length; }
      });
      if (best < 0) break;
      out.push(text(s.slice(i, best)), h('mark', null, s.slice(best, best + len)));
      i = best + len;
    }
    out.push(text(s.slice(i)));
    return out;
  }

  function notice(message, isError) {
    return h('div', { class: isError ? 'notice error' : 'notice', role: isError ? 'alert' : null }, message);
  }

  function backButton() {
    return h('button', { type: 'button', class: 'back', onclick: function () { history.back(); } }, '← Back');
  }

  /* ---------- views ---------- */

  function statsGrid(stats) {
    var items = [
      [stats.documents, 'documents'], [stats.entities, 'actors and places'], [stats.relations, 'relations'],
      [stats.events, 'events'], [stats.amounts, 'sums of money']
    ];
    return h('div', { class: 'stat-grid' }, items.map(function (it) {
      return h('div', { class: 'stat' }, h('b', null, new Intl.NumberFormat('en-US').format(it[0])), h('span', null, it[1]));
    }));
  }

  function homeView(show) {
    document.title = 'nexo';
    input.value = '';
    return api('/api/stats').then(function (stats) {
      show(h('section', { class: 'home' },
        h('h1', null, 'Who is tied to whom, and who says so'),
        h('p', { class: 'lede' }, 'Search the people, organisations and places named in the reporting. Every tie, event and sum of money links back to the sentences that state it.'),
        statsGrid(stats)));
    });
  }

  function searchView(show, q) {
    input.value = q;
    document.title = q + ' — nexo';
    if (q.trim() === '') return Promise.resolve(show(notice('Type a name or a few words to search for.')));
    if (Array.from(q).length > MAX_QUERY) return Promise.resolve(show(notice('That query is longer than ' + MAX_QUERY + ' characters; shorten it.', true)));
    return api('/api/search?q=' + encodeURIComponent(q)).then(function (r) {
      var actors = r.entities.map(function (hit) {
        var e = hit.item;
        return h('li', { class: 'hit' }, h('a', { href: entityHref(e.id) },
          h('span', { class: 'hit-title' }, e.name), badge(e.type),
          h('div', { class: 'hit-meta' },
            plural(e.documents, 'document', 'documents'),
            hit.snippet && hit.snippet !== e.name ? ' · matched “' + hit.snippet + '”' : null)));
      });
      var docs = r.documents.map(function (hit) {
        var d = hit.item;
        return h('li', { class: 'hit doc-hit' }, h('a', { href: docHref(d.id) },
          h('span', { class: 'hit-title' }, d.title || d.uri),
          h('div', { class: 'hit-meta' }, [d.outlet, formatDate(d.published)].filter(Boolean).join(' · ')),
          h('div', { class: 'snippet' }, marked(hit.snippet, q))));
      });
      show(h('div', { class: 'results' },
        h('section', null,
          h('h2', null, 'Actors', h('span', { class: 'count' }, String(actors.length))),
          actors.length ? h('ul', { class: 'hits' }, actors) : h('p', { class: 'muted' }, 'No actor matches.')),
        h('section', null,
          h('h2', null, 'Documents', h('span', { class: 'count' }, String(docs.length))),
          docs.length ? h('ul', { class: 'hits' }, docs) : h('p', { class: 'muted' }, 'No document matches.'))));
    });
  }

  function relationsSection(profile) {
    var groups = {};
    var order = [];
    profile.relations.forEach(function (r) {
      var asSubject = r.subject.id === profile.id;
      var label = predicateLabel(r.predicate, asSubject);
      if (!groups[label]) { groups[label] = []; order.push(label); }
      groups[label].push({ r: r, asSubject: asSubject, other: asSubject ? r.object : r.subject });
    });
    return h('section', null,
      h('h2', null, 'Relations', h('span', { class: 'count' }, String(profile.relations.length))),
      order.length === 0 ? h('p', { class: 'muted' }, 'No relation stated.') : order.map(function (label) {
        return [h('h3', null, label), h('ul', { class: 'facts' }, groups[label].map(function (item) {
          var r = item.r;
          // The qualifier says what the subject is to the object.
          var note = r.qualifier ? (item.asSubject ? 'is their ' + r.qualifier : r.qualifier) : null;
          return h('li', { class: 'fact' },
            h('div', { class: 'fact-line' }, entityLink(item.other), badge(item.other.type),
              note ? h('span', { class: 'fact-note' }, note) : null,
              formatSpan(r.start, r.end) ? h('span', { class: 'fact-note' }, formatSpan(r.start, r.end)) : null,
              sourcesCount(r.citations)),
            citationList(r.citations));
        }))];
      }));
  }

  function eventsSection(profile) {
    return h('section', null,
      h('h2', null, 'Events', h('span', { class: 'count' }, String(profile.events.length))),
      profile.events.length === 0 ? h('p', { class: 'muted' }, 'No event stated.') : h('ul', { class: 'facts timeline' },
        profile.events.map(function (e) {
          var when = formatDate(e.date, e.precision);
          var roles = Object.keys(e.others).map(function (role) {
            return h('span', { class: 'fact-note' }, words(role) + ': ', entityLink(e.others[role]));
          });
          return h('li', { class: 'fact' },
            h('div', { class: when ? 'when' : 'when unknown' }, when || 'Date unknown'),
            h('div', null,
              h('div', { class: 'fact-line' },
                h('span', { class: 'badge badge-event' }, words(e.type)),
                e.subject.id !== profile.id ? entityLink(e.subject) : null,
                e.place && e.place.id !== profile.id ? h('span', { class: 'fact-note' }, 'in ', entityLink(e.place)) : null,
                e.place && e.place.id === profile.id ? h('span', { class: 'fact-note' }, 'here') : null,
                roles,
                sourcesCount(e.citations)),
              e.detail ? h('div', { class: 'fact-note' }, e.detail) : null,
              citationList(e.citations)));
        })));
  }

  function amountsSection(profile) {
    if (profile.amounts.length === 0) return null;
    return h('section', null,
      h('h2', null, 'Money', h('span', { class: 'count' }, String(profile.amounts.length))),
      h('ul', { class: 'facts' }, profile.amounts.map(function (a) {
        return h('li', { class: 'fact' },
          h('div', { class: 'fact-line' },
            h('span', { class: 'figure' }, formatMoney(a.amount, a.currency)),
            h('span', { class: 'badge' }, words(a.kind)),
            formatDate(a.date) ? h('span', { class: 'fact-note' }, formatDate(a.date)) : null,
            sourcesCount(a.citations)),
          a.basis ? h('div', { class: 'fact-note' }, a.basis) : null,
          citationList(a.citations));
      })));
  }

  function entityView(show, id) {
    return api('/api/entities/' + encodeURIComponent(id)).then(function (p) {
      document.title = p.name + ' — nexo';
      var aliases = p.aliases.filter(function (a) { return a.name !== p.name; });
      show(h('article', { class: 'profile' },
        h('header', { class: 'profile-head' },
          h('h1', null, p.name, badge(p.type)),
          h('div', { class: 'hit-meta' }, 'Named in ' + plural(p.documents, 'document', 'documents')),
          aliases.length ? h('div', { class: 'aliases', 'aria-label': 'Also known as' },
            h('span', { class: 'muted small' }, 'Also known as'),
            aliases.map(function (a) {
              return h('span', { class: 'alias', title: plural(a.count, 'mention', 'mentions') + ' in ' + plural(a.documents, 'document', 'documents') },
                a.name, a.count > 1 ? h('span', { class: 'n' }, '×' + a.count) : null);
            })) : null),
        relationsSection(p),
        eventsSection(p),
        amountsSection(p)));
    });
  }

  /** "12-40" → {start: 12, end: 40} inside [0, length], or null. */
  function parseRange(value, length) {
    var m = /^(\d+)-(\d+)$/.exec(value || '');
    if (!m) return null;
    var start = Number(m[1]), end = Number(m[2]);
    if (!(start <= end && end <= length)) return null;
    return { start: start, end: end };
  }

  /**
   * The body as text nodes; with a range, its sentence is wrapped and the cited words
   * marked. Offsets are UTF-16 indices, as the server computed them, so slice() agrees.
   */
  function documentBody(doc, range) {
    var body = h('div', { class: 'doc-text' });
    var t = doc.text;
    if (!range) return { body: append(body, [t]), target: null };
    var sentence = null;
    for (var i = 0; i < doc.sentences.length; i++) {
      var s = doc.sentences[i];
      if (s.start <= range.start && range.start < s.end) { sentence = s; break; }
    }
    var from = sentence ? Math.min(sentence.start, range.start) : range.start;
    var to = sentence ? Math.max(sentence.end, range.end) : range.end;
    var target = h('span', { class: 'cited-sentence', tabindex: '-1' },
      t.slice(from, range.start), h('mark', null, t.slice(range.start, range.end)), t.slice(range.end, to));
    append(body, [t.slice(0, from), target, t.slice(to)]);
    return { body: body, target: target };
  }

  function documentView(show, id, rangeParam) {
    return api('/api/documents/' + encodeURIComponent(id)).then(function (d) {
      document.title = (d.title || 'Untitled document') + ' — nexo';
      var range = parseRange(rangeParam, d.text.length);
      var rendered = documentBody(d, range);
      var meta = [d.outlet, formatDate(d.published)].filter(Boolean).join(' · ');
      show(h('article', { class: 'reader' },
        backButton(),
        h('h1', null, d.title || 'Untitled document'),
        h('div', { class: 'hit-meta' },
          meta,
          // A URL that is not http(s) is not offered as a link at all.
          d.url && safeHref(d.url) !== '#' ? [meta ? ' · ' : null, h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
        rangeParam && !range ? notice('The cited passage is not in this document any more; showing the whole text.') : null,
        rendered.body,
        h('p', { class: 'source-uri' }, d.uri)));
      if (rendered.target) {
        var target = rendered.target;
        requestAnimationFrame(function () {
          target.scrollIntoView({ block: 'center' });
          target.focus({ preventScroll: true });
        });
      }
    });
  }

  /* ---------- the router ---------- */

  function route() {
    var seq = ++renderSeq;
    // Only the latest navigation may draw: a slow answer must not replace a newer view.
    function show(node) {
      if (seq !== renderSeq) return;
      main.replaceChildren(node);
      main.removeAttribute('aria-busy');
    }
    main.setAttribute('aria-busy', 'true');
    var loading = setTimeout(function () {
      if (seq === renderSeq) main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    }, 150);
    var r = parseHash();
    var view;
    if (r.parts[0] === 'search') view = searchView(show, r.params.get('q') || '');
    else if (r.parts[0] === 'entity' && r.parts[1]) view = entityView(show, r.parts[1]);
    else if (r.parts[0] === 'doc' && r.parts[1]) view = documentView(show, r.parts[1], r.params.get('s'));
    else view = homeView(show);
    Promise.resolve(view).catch(function (err) {
      show(notice(err && err.status === 404 ? err.message : 'Something went wrong: ' + (err && err.message ? err.message : err), true));
    }).then(function () {
      clearTimeout(loading);
      if (seq === renderSeq && r.parts[0] !== 'doc') window.scrollTo(0, 0);
    });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = input.value.trim();
    if (q === '') return;
    var href = searchHref(q);
    // The same search again should search again, not silently do nothing.
    if (location.hash === href) route(); else location.hash = href;
  });

  document.addEventListener('keydown', function (ev) {
    var tag = ev.target && ev.target.tagName;
    if (ev.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA' && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      input.focus();
      input.select();
    }
  });

  window.addEventListener('hashchange', route);

  api('/api/stats').then(function (s) {
    statsLine.textContent = [plural(s.documents, 'document', 'documents'), plural(s.entities, 'actor', 'actors'),
      plural(s.relations, 'relation', 'relations'), plural(s.events, 'event', 'events'), plural(s.amounts, 'amount', 'amounts')].join(' · ');
  }).catch(function () { /* the view shows errors; the header line stays quiet */ });

  route();
})();
`;
