/**
 * The API's description (OpenAPI 3.1), served at /api/openapi.json: for scripts and for
 * whoever builds on nexo next. Written out by hand, next to the routes it describes; the
 * app test checks that every route is described here and every path described answers.
 */
import { ENTITY_TYPES, EVENT_TYPES, MONEY_KINDS, PREDICATES } from '../extract/extraction.js';
import { JUDGMENT_ACTIONS } from '../graph/judgments.js';
import { MAX_DEPTH } from '../graph/neighbourhood.js';

const str = { type: 'string' } as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const;
const list = (values: readonly string[]) => ({ type: 'string', description: `Comma-separated, any of: ${values.join(', ')}` });

const query = (name: string, schema: object, description: string, required = false) =>
  ({ name, in: 'query', required, schema, description });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, schema: str, description });

const errors = {
  400: { description: 'A malformed parameter; `error` says what would do.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  404: { description: 'No such actor or document.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const ok = (description: string) => ({ 200: { description, content: { 'application/json': { schema: { type: 'object' } } } }, ...errors });
const period = [
  query('from', date, 'Start of the period (inclusive, at the date\'s precision).'),
  query('to', date, 'End of the period (inclusive, at the date\'s precision).'),
];

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'nexo',
    version: '0.1.0',
    description: 'A sourced knowledge graph of crime reporting: actors, ties, events and money, each with citations to the sentences that state them. Read endpoints are open to whoever can reach the server; writes need the server\'s token when it has one (Authorization: Bearer <token>) and a JSON body.',
  },
  paths: {
    '/api/stats': { get: { summary: 'Counts of documents, actors, relations, events and amounts.', responses: ok('The counts.') } },
    '/api/search': {
      get: {
        summary: 'Actors and documents matching a query, with facets.',
        description: 'Full-text search over document texts and actor names. Words are matched as typed; FTS5 syntax is honoured when valid and read as plain words when not. Facets count the best 200 matches.',
        parameters: [
          query('q', str, 'What to look for (1 to 500 characters).', true),
          query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Hits per list.'),
          query('type', { type: 'string', enum: ENTITY_TYPES }, 'Only actors of this type.'),
          query('outlet', str, 'Only documents from this outlet ("(unknown)" for none).'),
          query('year', str, 'Only documents published this year ("(unknown)" for undated).'),
        ],
        responses: ok('{ query, entities, documents, facets: { type, outlet, year }, totals }'),
      },
    },
    '/api/entities/{id}': {
      get: {
        summary: 'An actor\'s profile.',
        description: 'Name, type, aliases with the documents each came from, ties grouped by predicate and direction with corroboration (distinct documents) and citations, dated events, amounts, and contradiction flags.',
        parameters: [path('id', 'The actor\'s id.')],
        responses: ok('The profile.'),
      },
    },
    '/api/entities/{id}/neighbourhood': {
      get: {
        summary: 'The actor and its neighbours, as nodes and edges.',
        description: 'Breadth-first over ties, best attested first. Places are shown but not walked through unless the centre is one. A tie is in a period when its own dates overlap it or, when undated, when the documents stating it were published in it.',
        parameters: [
          path('id', 'The centre.'),
          query('depth', { type: 'integer', minimum: 1, maximum: MAX_DEPTH, default: 1 }, 'Hops from the centre.'),
          query('predicates', list(PREDICATES), 'Only these ties.'),
          query('limit', { type: 'integer', minimum: 1, maximum: 5000, default: 300 }, 'At most this many nodes.'),
          ...period,
        ],
        responses: ok('{ center, nodes: [{ id, name, type, documents, degree, hop }], edges, truncated }'),
      },
    },
    '/api/paths': {
      get: {
        summary: 'Shortest paths between two actors.',
        parameters: [
          query('from', str, 'One end (an actor id).', true),
          query('to', str, 'The other end.', true),
          query('predicates', list(PREDICATES), 'Only these ties.'),
          query('since', date, 'Only ties that held from then.'),
          query('until', date, 'Only ties that held until then.'),
          query('maxLength', { type: 'integer', minimum: 1, maximum: 6, default: 6 }, 'Longest path looked for.'),
          query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 5 }, 'At most this many paths.'),
        ],
        responses: ok('{ from, to, length, paths: [{ nodes, edges }], nodes, relations }'),
      },
    },
    '/api/timeline': {
      get: {
        summary: 'Dated events, all or one actor\'s, in date order (undated last).',
        parameters: [
          query('entity', str, 'Only this actor\'s events (as subject, place or another role).'),
          query('types', list(EVENT_TYPES), 'Only these event types.'),
          query('limit', { type: 'integer', minimum: 1, maximum: 20000, default: 2000 }, 'At most this many events.'),
          ...period,
        ],
        responses: ok('{ events, typeCounts, extent, truncated }'),
      },
    },
    '/api/ledger': {
      get: {
        summary: 'Sums of money with totals by party, kind and currency.',
        parameters: [
          query('party', str, 'Only this actor\'s amounts.'),
          query('kinds', list(MONEY_KINDS), 'Only these kinds.'),
          query('currency', str, 'Only this currency (three letters).'),
        ],
        responses: ok('{ rows, totals, kindTotals, currencies }'),
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'A document: text, sentences, mentions and the facts it states.',
        parameters: [path('id', 'The document id (sha256 of its text).')],
        responses: ok('The document.'),
      },
    },
    '/api/contradictions': {
      get: {
        summary: 'Contradictions among the given facts (when this nexo has a contradiction source).',
        parameters: [query('facts', str, 'Comma-separated fact ids.', true)],
        responses: ok('{ available, contradictions }'),
      },
    },
    '/api/judgments': {
      get: {
        summary: 'Judgments about an actor (when this nexo records judgments).',
        parameters: [query('entity', str, 'The actor\'s id.', true)],
        responses: ok('{ available, judgments }'),
      },
      post: {
        summary: 'Record a judgment: merge two actors, split an alias off, reject or confirm a fact.',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Judgment' } } },
        },
        responses: {
          201: { description: 'Recorded.' },
          400: errors[400],
          401: { description: 'The server has a token and the request did not carry it.' },
          403: { description: 'The request came from another site.' },
          409: { description: 'The judgment cannot apply (unknown ids, …).' },
          415: { description: 'The body was not sent as JSON.' },
          501: { description: 'This version of nexo does not record judgments yet.' },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: str }, required: ['error'] },
      Judgment: {
        type: 'object',
        required: ['action', 'entityId', 'author'],
        properties: {
          action: { type: 'string', enum: JUDGMENT_ACTIONS },
          entityId: { ...str, description: 'The actor the judgment is about (kept, for a merge).' },
          otherEntityId: { ...str, description: 'merge: the actor merged into entityId.' },
          alias: { ...str, description: 'split: the name to split off.' },
          factKind: { type: 'string', enum: ['relation', 'event', 'amount'], description: 'reject/confirm.' },
          factId: { ...str, description: 'reject/confirm: the fact.' },
          author: { ...str, description: 'Who decides.' },
          note: str,
        },
      },
    },
    securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
  },
} as const;
