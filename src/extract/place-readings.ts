/**
 * "Brentwood, New York", "Culiacán, Sinaloa": a place named right after a town and a comma
 * is the town's state or province. Many names are both a city and a region (Chihuahua,
 * Oaxaca, New York, Washington); this is the text's own word on which one it means, and
 * resolution uses it to keep the region apart from the city across documents.
 * Names that are only a region need no mark.
 */
import { type Place, lookupPlaces } from './gazetteer/places.js';
import type { ExtractedEntity, Mention } from './extraction.js';

const COMMA_BEFORE = /,[ \t]?$/;

export function markRegionReadings(text: string, entities: ExtractedEntity[], mentions: readonly Mention[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const placeEnds = new Map<number, string>();
  for (const m of mentions) if (byId.get(m.entity)?.type === 'Location') placeEnds.set(m.end, m.entity);
  for (const m of mentions) {
    const e = byId.get(m.entity);
    if (!e || e.type !== 'Location' || e.reading) continue;
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    if (!COMMA_BEFORE.test(before)) continue;
    const commaAt = m.start - before.length + before.indexOf(',');
    const town = placeEnds.get(commaAt);
    if (town === undefined || town === e.id) continue;
    if (hasTwoReadings(e.name)) e.reading = 'region';
  }
}

/**
 * A name that is a region and also a city: "Chihuahua" itself, or "New York" whose city
 * English calls "New York City" (as with Mexico City, Guatemala City). Only for these does
 * the reading matter; "Reynosa, Tamaulipas" names the one Tamaulipas there is.
 */
function hasTwoReadings(name: string): boolean {
  const readings = lookupPlaces(name);
  if (!readings.some((p) => p.kind === 'region' || p.kind === 'country')) return false;
  return [...readings, ...lookupPlaces(`${name} City`)].some(isMajorCity);
}

/** A village that shares a country's or state's name is not a reading a reporter means. */
const MAJOR_CITY_POPULATION = 100_000;

function isMajorCity(p: Place): boolean {
  return p.kind === 'city' && (p.capital === true || (p.population ?? 0) >= MAJOR_CITY_POPULATION);
}
