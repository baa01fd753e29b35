/**
 * nexo's graph in FollowTheMoney terms: pure functions from store records to FtM entities.
 *
 * | nexo                         | FtM                                                          |
 * |------------------------------|--------------------------------------------------------------|
 * | Person / Organization /      | Person / Organization / PublicBody / Company                 |
 * |   PublicBody / Company       |   (name; every other surface form → alias)                   |
 * | Location                     | Address (name, full) — see PLACE_SCHEMA                      |
 * | leader_of                    | Directorship (object a Company) or Membership, role "leader" |
 * | member_of / part_of          | Membership, role "member" / "part of"                        |
 * | works_for                    | Employment                                                   |
 * | family                       | Family (relationship = qualifier; see FAMILY below)          |
 * | associate                    | Associate (relationship = qualifier)                         |
 * | lawyer_of                    | Representation, role "lawyer"                                |
 * | ally, rival, witness_against,| UnknownLink, role = the predicate in words                   |
 * |   colludes_with, supplier_of,|   (also the fallback whenever the ends do not fit the        |
 * |   operates_in                |   specific schema's ranges, e.g. a Location member_of)       |
 * | event                        | Event (name, date, involved, addressEntity/location)         |
 * | amount                       | Event (see amountEntity for why not Payment or Debt)         |
 * | document                     | Article (see ftm-sources.ts)                                 |
 */
import { isNickname } from '../resolve/keys.js';
import type { EntityType, Predicate } from '../extract/extraction.js';
import type { AliasRecord, AmountRecord, EntitySummary, EventRecord, RelationRecord } from '../store/store.js';
import { fitsRange, ftmEntity, ftmId, type FtmEntity, type PropertyInput } from './ftm-model.js';
import type { SourceIndex } from './ftm-sources.js';

/**
 * FtM has no schema for a place as such: its one place-like Thing is `Address`, whose
 * `full` holds a free-form address and which OpenSanctions fills with nothing more than
 * "Moscow, Russia" when that is all a source says. A city or a state named in an article
 * is an address at coarse grain, so Address is the honest fit; `country` stays empty
 * because nexo does not know which country a place is in, and a guess would be invented.
 */
const PLACE_SCHEMA = 'Address';

const ACTOR_SCHEMA: Record<EntityType, string> = {
  Person: 'Person',
  Organization: 'Organization',
  PublicBody: 'PublicBody',
  Company: 'Company',
  Location: PLACE_SCHEMA,
};

export function actorSchema(type: EntityType): string {
  return ACTOR_SCHEMA[type];
}

export function actorEntity(entity: EntitySummary & { aliases: readonly AliasRecord[] }): FtmEntity {
  const schema = actorSchema(entity.type);
  // The name is among the aliases the store counts; repeating it as an alias says nothing.
  const others = entity.aliases.map((a) => a.name).filter((name) => name !== entity.name);
  // A person's nickname ("El Mochomo") is FtM's weakAlias: it identifies within reporting,
  // but matching tools must not treat it as a legal name.
  const nickname = (name: string) => entity.type === 'Person' && isNickname(name, entity.name);
  return ftmEntity(ftmId(entity.id), schema, {
    name: entity.name,
    alias: others.filter((n) => !nickname(n)),
    weakAlias: others.filter(nickname),
    ...(schema === PLACE_SCHEMA ? { full: entity.name } : {}),
  });
}

/** "witness_against" → "witness against": readable in Aleph, and reversible. */
function words(predicate: string): string {
  return predicate.replace(/_/gu, ' ');
}

/** One way of writing a relation as an FtM edge, if its two ends fit the schema's ranges. */
interface EdgeForm {
  schema: string;
  /** Property that receives the relation's subject, and the one that receives its object. */
  subject: string;
  object: string;
  extra: (r: RelationRecord) => Record<string, PropertyInput>;
  when?: (r: RelationRecord) => boolean;
}

const role = (value: string) => (): Record<string, PropertyInput> => ({ role: value });

/**
 * FtM's Family reads "relative is <relationship> of person"; nexo's qualifier says what the
 * subject is to the object. So the subject is the relative and the object the person.
 */
const FAMILY: EdgeForm = {
  schema: 'Family', subject: 'relative', object: 'person', extra: (r) => ({ relationship: r.qualifier }),
};

const EDGE_FORMS: Partial<Record<Predicate, EdgeForm[]>> = {
  leader_of: [
    // Heading a company is directing it; heading a cartel or a ministry is membership with a role.
    { schema: 'Directorship', subject: 'director', object: 'organization', extra: role('leader'),
      when: (r) => r.object.type === 'Company' },
    { schema: 'Membership', subject: 'member', object: 'organization', extra: role('leader') },
  ],
  member_of: [{ schema: 'Membership', subject: 'member', object: 'organization', extra: role('member') }],
  part_of: [{ schema: 'Membership', subject: 'member', object: 'organization', extra: role('part of') }],
  works_for: [{ schema: 'Employment', subject: 'employee', object: 'employer', extra: () => ({}) }],
  family: [FAMILY],
  associate: [{ schema: 'Associate', subject: 'person', object: 'associate', extra: (r) => ({ relationship: r.qualifier }) }],
  lawyer_of: [{ schema: 'Representation', subject: 'agent', object: 'client', extra: role('lawyer') }],
};

/** UnknownLink takes any two Things, so every relation has a form that fits. */
const UNKNOWN_LINK: EdgeForm = {
  schema: 'UnknownLink', subject: 'subject', object: 'object',
  extra: (r) => ({ role: r.qualifier ? `${words(r.predicate)} (${r.qualifier})` : words(r.predicate) }),
};

/** The first form whose ranges admit both ends: a Location "member of" a cartel becomes an UnknownLink. */
function edgeForm(r: RelationRecord): EdgeForm {
  const subjectSchema = actorSchema(r.subject.type);
  const objectSchema = actorSchema(r.object.type);
  for (const form of EDGE_FORMS[r.predicate] ?? []) {
    if (form.when && !form.when(r)) continue;
    if (fitsRange(form.schema, form.subject, subjectSchema) && fitsRange(form.schema, form.object, objectSchema)) return form;
  }
  return UNKNOWN_LINK;
}

export function relationEntity(r: RelationRecord, sources: SourceIndex): FtmEntity {
  const form = edgeForm(r);
  return ftmEntity(ftmId(r.id), form.schema, {
    [form.subject]: ftmId(r.subject.id),
    [form.object]: ftmId(r.object.id),
    ...form.extra(r),
    startDate: r.start,
    endDate: r.end,
    // Kept as a value because Aleph re-signs entity ids on import; this one survives.
    recordId: r.id,
    ...sources.citationProperties(r.citations),
  });
}

function sentenceCase(code: string): string {
  const text = words(code);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where an actor goes on an Event: legal entities are `involved`; a place (Address) cannot
 * be, so it is linked through `addressEntity`, the Thing property made for that.
 */
function placement(entities: readonly EntitySummary[]): { involved: string[]; addressEntity: string[] } {
  const involved: string[] = [];
  const addressEntity: string[] = [];
  for (const e of entities) {
    (fitsRange('Event', 'involved', actorSchema(e.type)) ? involved : addressEntity).push(ftmId(e.id));
  }
  return { involved, addressEntity };
}

export function eventEntity(e: EventRecord, sources: SourceIndex): FtmEntity {
  const others = Object.entries(e.others);
  const { involved, addressEntity } = placement([e.subject, ...others.map(([, entity]) => entity),
    ...(e.place ? [e.place] : [])]);
  return ftmEntity(ftmId(e.id), 'Event', {
    name: `${sentenceCase(e.type)}: ${e.subject.name}`,
    // FtM dates take the same prefixes nexo keeps: YYYY, YYYY-MM, YYYY-MM-DD.
    date: e.date,
    involved,
    addressEntity,
    location: e.place?.name,
    keywords: e.type,
    // `involved` has no roles, so the roles are spelled out where a reader looks.
    summary: [e.detail, ...others.map(([name, entity]) => `${words(name)}: ${entity.name}`)],
    recordId: e.id,
    ...sources.citationProperties(e.citations),
    proof: sources.proof(e.citations),
  });
}

const AMOUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A sum the press reports — forfeiture sought, proceeds estimated, money laundered — is
 * neither a Payment (a transfer from a payer to a beneficiary that took place) nor a Debt
 * (an obligation to a creditor), and FtM's Value schemata all assert one of those. So an
 * amount is an Event that involves its party, dated, named with the sum, its kind as a
 * keyword and the exact figure in `summary`, where an analyst can find and filter it.
 */
export function amountEntity(a: AmountRecord, sources: SourceIndex): FtmEntity {
  const kind = a.kind === 'other' ? 'Amount' : sentenceCase(a.kind);
  const { involved, addressEntity } = placement(a.party ? [a.party] : []);
  return ftmEntity(ftmId(a.id), 'Event', {
    name: `${kind}: ${a.currency} ${AMOUNT_FORMAT.format(a.amount)}`,
    date: a.date,
    involved,
    addressEntity,
    keywords: ['amount', a.kind],
    summary: [`${a.amount} ${a.currency} (${a.kind})`, a.basis],
    recordId: a.id,
    ...sources.citationProperties(a.citations),
    proof: sources.proof(a.citations),
  });
}
