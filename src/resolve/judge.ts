/**
 * Recording people's judgments: each checks that it makes sense against the graph as it
 * is, anchors itself to what it judged (see judgments.ts), goes into the log, and takes
 * effect by resolving the store again.
 */
import type { FactRecord, Store } from '../store/store.js';
import { ActiveJudgments, type Judgment } from './judgments.js';
import { localRef, resolutionKey } from './keys.js';
import { resolveDocuments } from './incremental.js';

/** A judgment that cannot be made; the message says why, for the person who asked. */
export class JudgmentError extends Error {
  override name = 'JudgmentError';
}

type JudgingStore = Pick<Store, 'localEntities' | 'judgments' | 'applyResolution' | 'addJudgment' | 'fact' | 'findEntities'
  | 'localsByKeys' | 'localsByGraphIds' | 'localsByDocuments' | 'keysOfLocals' | 'entityIdsLike'>;

/** A judgment takes effect by resolving again the documents it names (and what they touch). */
async function reresolve(store: JudgingStore, anchors: string[]): Promise<void> {
  await resolveDocuments(store, [...new Set(anchors.map((r) => r.slice(0, r.indexOf('#'))))]);
}

export interface Author {
  author: string;
  reason: string | null;
}

async function anchorsOf(store: JudgingStore, entityId: string): Promise<{ name: string; anchors: string[]; locals: Awaited<ReturnType<Store['localEntities']>> }> {
  const locals = await store.localsByGraphIds([entityId]);
  if (locals.length === 0) throw new JudgmentError(`no entity with id "${entityId}" (ids are shown by \`nexo search\` and \`nexo entity\`)`);
  const [summary] = (await store.findEntities(entityId)).filter((e) => e.id === entityId);
  return { name: summary?.name ?? locals[0]!.name, anchors: locals.map(localRef), locals };
}

/** "A and B are one actor." */
export async function merge(store: JudgingStore, a: string, b: string, by: Author): Promise<Judgment> {
  if (a === b) throw new JudgmentError(`${a} and ${b} are already one entity`);
  const [sa, sb] = await Promise.all([anchorsOf(store, a), anchorsOf(store, b)]);
  const j = await store.addJudgment({
    action: 'merge', a: { id: a, name: sa.name, anchors: sa.anchors }, b: { id: b, name: sb.name, anchors: sb.anchors },
  }, by.author, by.reason);
  await reresolve(store, [...sa.anchors, ...sb.anchors]);
  return j;
}

/** "The documents that call it `alias` mean someone else." */
export async function split(store: JudgingStore, entityId: string, alias: string, by: Author): Promise<Judgment> {
  const { name, locals } = await anchorsOf(store, entityId);
  const key = resolutionKey(alias);
  const named = locals.filter((l) => resolutionKey(l.name) === key);
  const holders = locals.filter((l) => resolutionKey(l.name) !== key && l.aliases.some((x) => resolutionKey(x) === key));
  if (named.length === 0 && holders.length === 0) {
    throw new JudgmentError(`"${alias}" is not a name of ${entityId} (see its aliases with \`nexo entity ${entityId}\`)`);
  }
  if (named.length === locals.length) {
    throw new JudgmentError(`every document calls ${entityId} "${alias}": nothing would be left; merge it elsewhere or reject its facts instead`);
  }
  const j = await store.addJudgment({
    action: 'split', entity: { id: entityId, name }, alias, anchors: named.map(localRef), holders: holders.map(localRef),
  }, by.author, by.reason);
  await reresolve(store, locals.map(localRef));
  return j;
}

export function describeFact(f: FactRecord): string {
  switch (f.factKind) {
    case 'relation': return `${f.subject.name} ${f.predicate} ${f.object.name}`;
    case 'event': return `${f.type} of ${f.subject.name}${f.date ? ` on ${f.date}` : ''}`;
    case 'amount': return `${f.currency} ${f.amount.toLocaleString('en-US')} ${f.kind}${f.party ? ` (${f.party.name})` : ''}`;
  }
}

/** "This fact is wrong" or "this fact is right", anchored to the sentences that state it. */
export async function judgeFact(store: JudgingStore, action: 'reject' | 'confirm', factId: string, by: Author): Promise<Judgment> {
  const fact = await store.fact(factId);
  if (!fact) throw new JudgmentError(`no fact with id "${factId}" (fact ids are shown by \`nexo entity NAME --ids\`)`);
  const anchors = fact.citations.map((c) => ({ kind: fact.factKind, documentId: c.documentId, start: c.start, end: c.end }));
  return store.addJudgment({ action, fact: { kind: fact.factKind, id: fact.id, label: describeFact(fact) }, anchors }, by.author, by.reason);
}

/** Takes a judgment back; the log keeps both. */
export async function undo(store: JudgingStore, judgmentId: string, by: Author): Promise<Judgment> {
  const log = await store.judgments();
  const target = log.find((j) => j.id === judgmentId);
  if (!target) throw new JudgmentError(`no judgment "${judgmentId}" (list them with \`nexo judgments\`)`);
  if (!new ActiveJudgments(log).isActive(judgmentId)) {
    throw new JudgmentError(`${judgmentId} is not in force (it is an undo, or already undone)`);
  }
  const j = await store.addJudgment({ action: 'undo', judgment: judgmentId }, by.author, by.reason);
  const t = target.target;
  if (t.action === 'merge') await reresolve(store, [...t.a.anchors, ...t.b.anchors]);
  if (t.action === 'split') await reresolve(store, [...t.anchors, ...t.holders]);
  return j;
}
