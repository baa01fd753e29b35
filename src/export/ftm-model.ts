/**
 * The FollowTheMoney model, and the one way export/ builds an FtM entity. Building through
 * the model means a property name that does not exist on a schema fails here, at export
 * time, with the schema named — not later, inside Aleph or an OpenSanctions loader.
 */
import { Model, defaultModel } from '@alephdata/followthemoney';

/** An FtM entity as FtM's JSON lines carry it: every property is a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Values as the mapping has them; null, undefined and blank strings mean "not stated". */
export type PropertyInput = string | null | undefined | readonly (string | null | undefined)[];

/** The model bundled with the package: the same one Aleph's UI loads. */
export const ftmModel = new Model(defaultModel);

/** Our ids are namespaced so an export merged into a larger Aleph collection cannot collide. */
export const FTM_ID_PREFIX = 'nexo-';

export function ftmId(nexoId: string): string {
  return FTM_ID_PREFIX + nexoId;
}

/**
 * Builds an entity of `schema`. Unknown schemata and properties throw (they are bugs in the
 * mapping); empty values are dropped, repeats removed, and over-long values cut to the
 * property's maxLength, which FtM's own cleaning would otherwise do less visibly.
 */
export function ftmEntity(id: string, schema: string, properties: Record<string, PropertyInput>): FtmEntity {
  const schemaObject = ftmModel.getSchema(schema);
  const out: Record<string, string[]> = {};
  for (const [name, input] of Object.entries(properties)) {
    const property = schemaObject.getProperty(name);
    const values: string[] = [];
    const list = typeof input === 'string' || input === null || input === undefined ? [input] : input;
    for (const raw of list) {
      if (raw === null || raw === undefined) continue;
      const value = truncate(raw.trim(), property.maxLength);
      if (value !== '' && !values.includes(value)) values.push(value);
    }
    if (values.length > 0) out[name] = values;
  }
  return { id, schema: schemaObject.name, properties: out };
}

/** Cuts at a code point boundary and marks the cut, so a shortened citation reads as shortened. */
function truncate(value: string, maxLength: number): string {
  if (!(maxLength > 0) || value.length <= maxLength) return value;
  let end = maxLength - 1;
  // Never leave half of a surrogate pair at the cut.
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return value.slice(0, end) + '…';
}

/** Whether an entity of `valueSchema` may stand in `holderSchema`.`property` (an entity-typed property). */
export function fitsRange(holderSchema: string, property: string, valueSchema: string): boolean {
  const range = ftmModel.getSchema(holderSchema).getProperty(property).getRange();
  return ftmModel.getSchema(valueSchema).isA(range);
}
