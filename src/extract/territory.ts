/**
 * Where groups, companies and people operate: "X-based", "a Reynosa freight company",
 * "Mexico's Sinaloa Cartel" (in relations.ts), "controls the trade out of Bolivia and
 * Paraguay", "a presence in Antioquia, Córdoba and Chocó", "emerged in São Paulo state",
 * "has grown into Brazil's largest criminal organization".
 */
import type { EntityType } from './extraction.js';
import type { DocContext, TokenMention } from './context.js';
import type { Emit } from './relation-helpers.js';

const OPERATORS = new Set<EntityType>(['Organization', 'Company', 'Person']);
const CUE = /\b(?:control(?:s|led|ling)?(?: of)?|(?:a |its |strong )?presence in|cells? in|operat(?:es|ed|ing|ions) in|active in|based in|headquartered in|home base|stronghold(?: of| in)?|turf|territory|dominat(?:es|ed|ing)|fought across|fights? for|expanded (?:into|to)|spread (?:into|to)|emerged in|founded in|born in|foothold in|routes? (?:through|out of)|smuggling (?:through|out of|into)|trade out of|plaza(?:s)? (?:in|of)|across|grew out of|originated in|emerged from|grew up in|province of|state of|region of)\b/gi;

export function territory(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const text = c.a.text;
  const T = c.T;
  const { start: sStart, end: sEnd } = c.a.sentences[s]!;
  const sentence = text.slice(sStart, sEnd);
  const places = ms.filter((m) => m.type === 'Location');
  if (!places.length) return;
  const rel = (subject: string, object: string, rule: string, conf = 0.55) =>
    emit({ subject, predicate: 'operates_in', object, qualifier: null, start: null, end: null }, s, rule, conf);

  // Cue words followed by places (and places coordinated with them).
  CUE.lastIndex = 0;
  for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
    const at = sStart + m.index;
    const end = at + m[0].length;
    const first = places.find((p) => p.start >= end && p.start - end <= 40);
    if (!first) continue;
    // "…, said the gang controls the trade through Guayaquil": a generic subject before the cue wins over the speaker.
    const generic = /\bthe (gang|cartel|group|organi[sz]ation|faction|network|clan)\s+(?:\w+\s+){0,3}$/i.exec(text.slice(Math.max(sStart, at - 60), at));
    const genericSubj = generic ? c.antecedent(at, generic[1]!.toLowerCase()) : undefined;
    const subj = genericSubj
      ?? ms.filter((x) => OPERATORS.has(x.type) && x.end <= at && x.type !== 'Person').at(-1)
      ?? ms.filter((x) => OPERATORS.has(x.type) && x.end <= at).at(-1)
      // "He admitted … controlling a key route through Culiacán": the person the text is about.
      ?? (/^\s*(?:He|She)\b/.test(sentence) ? c.bySentence.slice(Math.max(0, s - 3), s).flat().filter((x) => x.type === 'Person' && !c.judges.has(x.entity)).at(-1) : undefined)
      ?? c.antecedent(at, null);
    if (!subj) continue;
    for (const p of coordinatedPlaces(text, places, first)) rel(subj.entity, p.entity, 'relation.territory');
  }

  for (const p of places) {
    // "a Reynosa freight company", "a Pharr dealership" in an apposition after a company or group.
    const before = text.slice(Math.max(sStart, p.start - 6), p.start);
    if (/,\s+an?\s+$/.test(before)) {
      const owner = ms.filter((x) => (x.type === 'Company' || x.type === 'Organization') && x.end <= p.start && p.start - x.end <= 6).at(-1);
      const after = T[c.tokenAt(p.end)];
      if (owner && after && /^\p{Ll}/u.test(after.text)) rel(owner.entity, p.entity, 'relation.place-apposition');
    }
    // "X-based": the company or group named right after, or the one this phrase describes.
    const dashBased = /^[-\u2010\u2011]based\b/.exec(text.slice(p.end, p.end + 7));
    if (dashBased) {
      const target = ms.find((o) => o.start > p.end && o.start - p.end < 50 && (o.type === 'Company' || o.type === 'Organization' || o.type === 'PublicBody'))
        ?? ms.filter((o) => o.end <= p.start && (o.type === 'Company' || o.type === 'Organization')).at(-1);
      if (target) rel(target.entity, p.entity, 'relation.x-based', 0.7);
    }
    // "has grown into Brazil's largest criminal organization": a country possessive of a generic group.
    const poss = /^['\u2019]s\s+(?:[a-z-]+\s+){0,3}(cartel|gang|organization|organisation|group|syndicate|mafia|faction|militia)\b/.exec(text.slice(p.end, p.end + 60));
    if (poss && !ms.some((o) => o.start > p.end && o.start < p.end + poss[0].length)) {
      const subj = ms.filter((o) => o.type === 'Organization' && o.end <= p.start).at(-1);
      if (subj) rel(subj.entity, p.entity, 'relation.place-possessive-generic', 0.5);
    }
  }
}

/** "Antioquia, Córdoba and Chocó": the place and those listed with it. */
function coordinatedPlaces(text: string, places: TokenMention[], first: TokenMention): TokenMention[] {
  const out = [first];
  let cur = first;
  for (const p of places) {
    if (p.start <= cur.start) continue;
    if (!/^\s*(,|and|, and|or)\s*$/.test(text.slice(cur.end, p.start))) break;
    out.push(p);
    cur = p;
  }
  return out;
}
