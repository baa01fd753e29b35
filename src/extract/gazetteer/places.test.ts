import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldKey } from '../normalize.js';
import data from './places.data.json' with { type: 'json' };
import { gazetteerStats, isPlaceKey, lookupPlace, lookupPlaces, MAX_PLACE_WORDS, placeKeys } from './places.js';

describe('gazetteer: Latin American towns of crime reporting', () => {
  it.each([
    ['Culiacán', 'MX', 'Sinaloa'],
    ['Badiraguato', 'MX', 'Sinaloa'],
    ['Apatzingán', 'MX', 'Michoacán'],
    ['Aguililla', 'MX', 'Michoacán'],
    ['Tumaco', 'CO', 'Nariño'],
    ['San Pedro Sula', 'HN', 'Cortés'],
    ['Guayaquil', 'EC', 'Guayas'],
    ['Durán', 'EC', 'Guayas'],
    ['Nuevo Laredo', 'MX', 'Tamaulipas'],
    ['Reynosa', 'MX', 'Tamaulipas'],
    ['Buenaventura', 'CO', 'Valle del Cauca'],
    ['Cúcuta', 'CO', 'Norte de Santander'],
    ['Tegucigalpa', 'HN', 'Francisco Morazán'],
    ['Pedro Juan Caballero', 'PY', 'Amambay'],
  ])('%s is a town in %s, %s', (name, country, region) => {
    const p = lookupPlace(name);
    expect(p).toMatchObject({ canonical: name, kind: 'city', country, region });
    expect(p!.population).toBeGreaterThan(1000);
  });

  it('knows towns under their everyday names and their fuller ones', () => {
    expect(lookupPlace('Ciudad Juárez')).toMatchObject({ canonical: 'Ciudad Juárez', country: 'MX' });
    expect(lookupPlace('Juárez')).toMatchObject({ canonical: 'Ciudad Juárez', kind: 'city' });
    expect(lookupPlace('Matamoros')).toMatchObject({ canonical: 'Matamoros', country: 'MX', region: 'Tamaulipas' });
    expect(lookupPlace('Heroica Matamoros')?.canonical).toBe('Matamoros');
    expect(lookupPlace('Acapulco')).toMatchObject({ canonical: 'Acapulco', country: 'MX', region: 'Guerrero' });
    expect(lookupPlace('Acapulco de Juárez')?.canonical).toBe('Acapulco');
    expect(lookupPlace('Culiacán Rosales')?.canonical).toBe('Culiacán');
    expect(lookupPlace('San Andrés de Tumaco')?.canonical).toBe('Tumaco');
    expect(lookupPlace('Eloy Alfaro')?.canonical).toBe('Durán');
    expect(lookupPlace('Santiago de Cali')).toMatchObject({ canonical: 'Cali', country: 'CO', ambiguous: false });
  });

  it('prefers the bigger town when several share a name, and lists them all', () => {
    expect(lookupPlace('León')).toMatchObject({ canonical: 'León', country: 'MX', region: 'Guanajuato' });
    const all = lookupPlaces('Leon');
    expect(all.map((p) => p.country)).toEqual(expect.arrayContaining(['MX', 'NI']));
    expect(all[0]!.country).toBe('MX');
    const pops = all.filter((p) => p.kind === 'city').map((p) => p.population!);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
  });
});

describe('gazetteer: states, provinces and departments', () => {
  it.each([
    ['Sinaloa', 'MX'], ['Michoacán', 'MX'], ['Tamaulipas', 'MX'], ['Jalisco', 'MX'], ['Guerrero', 'MX'],
    ['Antioquia', 'CO'], ['Nariño', 'CO'], ['Cauca', 'CO'], ['Valle del Cauca', 'CO'],
    ['Cortés', 'HN'], ['Olancho', 'HN'], ['Petén', 'GT'], ['Huehuetenango', 'GT'],
    ['Guayas', 'EC'], ['Esmeraldas', 'EC'], ['Loreto', 'PE'], ['Zulia', 'VE'], ['Táchira', 'VE'],
    ['Mato Grosso do Sul', 'BR'], ['Amambay', 'PY'], ['Texas', 'US'], ['Arizona', 'US'], ['Ontario', 'CA'],
  ])('%s is a division of %s', (name, country) => {
    expect(lookupPlace(name)).toMatchObject({ canonical: name, kind: 'region', country });
  });

  it('takes the suffixed GeoNames form and hand aliases too', () => {
    expect(lookupPlace('Cortés Department')).toMatchObject({ canonical: 'Cortés', kind: 'region', country: 'HN' });
    expect(lookupPlace('Estado de México')).toMatchObject({ canonical: 'State of Mexico', kind: 'region', country: 'MX' });
    expect(lookupPlace('Michoacán de Ocampo')?.canonical).toBe('Michoacán');
    // A city of a million is read before a division: Córdoba the Argentine city, then the two provinces.
    expect(lookupPlace('Cordoba')).toMatchObject({ canonical: 'Córdoba', kind: 'city', country: 'AR' });
    const regions = lookupPlaces('Córdoba').filter((p) => p.kind === 'region').map((p) => p.country);
    expect(regions).toEqual(expect.arrayContaining(['AR', 'CO']));
  });

  it('lets a capital win over the division of the same name, and a division over a smaller town', () => {
    expect(lookupPlace('Buenos Aires')).toMatchObject({ kind: 'city', country: 'AR' });
    expect(lookupPlace('Lima')).toMatchObject({ kind: 'city', country: 'PE' });
    expect(lookupPlace('Chihuahua')).toMatchObject({ kind: 'region', country: 'MX' });
    expect(lookupPlaces('Chihuahua').map((p) => p.kind)).toEqual(expect.arrayContaining(['region', 'city']));
  });
});

describe('gazetteer: countries', () => {
  it.each([
    ['Mexico', 'Mexico', 'MX'], ['México', 'Mexico', 'MX'], ['Colombia', 'Colombia', 'CO'], ['Brasil', 'Brazil', 'BR'],
    ['Perú', 'Peru', 'PE'], ['United States', 'United States', 'US'], ['United States of America', 'United States', 'US'],
    ['U.S.', 'United States', 'US'], ['Estados Unidos', 'United States', 'US'], ['Russian Federation', 'Russia', 'RU'],
    ['Netherlands', 'Netherlands', 'NL'], ['Guinea-Bissau', 'Guinea-Bissau', 'GW'], ['Republic of Korea', 'South Korea', 'KR'],
    ['Panamá', 'Panama', 'PA'], ['Guatemala', 'Guatemala', 'GT'], ['Ivory Coast', "Côte d'Ivoire", 'CI'],
  ])('%s is the country %s', (name, canonical, country) => {
    expect(lookupPlace(name)).toMatchObject({ canonical, kind: 'country', country, ambiguous: false });
  });

  it('keeps the capital of the same name reachable', () => {
    expect(lookupPlaces('Panamá').map((p) => p.kind)).toEqual(['country', 'city', 'region']);
    expect(lookupPlace('Panama City')).toMatchObject({ canonical: 'Panamá', kind: 'city', country: 'PA' });
    expect(lookupPlace('Guatemala City')).toMatchObject({ kind: 'city', country: 'GT' });
    expect(lookupPlace('Mexico City')).toMatchObject({ kind: 'city', country: 'MX' });
  });
});

describe('gazetteer: accents, case and punctuation fold away', () => {
  it.each([
    ['Culiacan', 'Culiacán'], ['CULIACÁN', 'Culiacán'], ['Apatzingan', 'Apatzingán'], ['Duran', 'Durán'],
    ['Michoacan', 'Michoacán'], ['Bogota', 'Bogotá'], ['Medellin', 'Medellín'], ['Cucuta', 'Cúcuta'], ['Sao Paulo', 'São Paulo'],
    ['Nuevo Leon', 'Nuevo León'], ['Peten', 'Petén'], ['San Jose', 'San José'], ['Port au Prince', 'Port-au-Prince'],
  ])('%s finds %s', (name, canonical) => {
    expect(lookupPlace(name)?.canonical).toBe(canonical);
  });

  it('has a cheap key test and a key list for merging', () => {
    expect(isPlaceKey(foldKey('Culiacán'))).toBe(true);
    expect(isPlaceKey('culiacán')).toBe(false); // keys are folded
    const keys = new Set(placeKeys());
    expect(keys.has('san pedro sula')).toBe(true);
    expect(MAX_PLACE_WORDS).toBeGreaterThanOrEqual(5);
  });
});

describe('gazetteer: names that are also people or words are flagged', () => {
  it.each([
    ['León', 'surname'], ['Guerrero', 'surname'], ['Juárez', 'surname'], ['Durán', 'surname'], ['Cortés', 'surname'],
    ['Hidalgo', 'surname'], ['Morelos', 'surname'], ['Victoria', 'given-name'], ['Santiago', 'given-name'],
    ['Austin', 'given-name'], ['Orlando', 'given-name'], ['Jordan', 'given-name'], ['Carmen', 'given-name'],
    ['Benito Juárez', 'person-name'], ['Emiliano Zapata', 'person-name'], ['General Escobedo', 'person-name'],
    ['Lázaro Cárdenas', 'person-name'], ['Pedro Juan Caballero', 'person-name'], ['Francisco Morazán', 'person-name'],
    ['Mobile', 'word'], ['Independence', 'word'], ['Progreso', 'word'], ['Altar', 'word'], ['Reading', 'word'],
  ])('%s is ambiguous (%s)', (name, reason) => {
    expect(lookupPlace(name)).toMatchObject({ ambiguous: true, reason });
  });

  it.each(['Culiacán', 'Sinaloa', 'Tijuana', 'Guayaquil', 'Mexico', 'Lima', 'San Pedro Sula', 'Texas', 'Alabama', 'Tennessee',
    'Santiago de Cali', 'Virginia Beach', 'Carson City', 'Santiago Atitlán', 'San Juan', 'Guinea-Bissau', 'McAllen'])(
    '%s is not ambiguous', (name) => {
      const p = lookupPlace(name);
      expect(p).not.toBeNull();
      expect(p).toMatchObject({ ambiguous: false });
      expect(p!.reason).toBeUndefined();
    });

  it('flags the name looked up, not the place: "Cortés" is, "Cortés Department" is not', () => {
    expect(lookupPlace('Cortés')?.ambiguous).toBe(true);
    expect(lookupPlace('Cortés Department')?.ambiguous).toBe(false);
    expect(lookupPlace('Ciudad Juárez')?.ambiguous).toBe(false);
  });
});

describe('gazetteer: what it leaves out', () => {
  it('drops generic names and keeps small places elsewhere out', () => {
    for (const n of ['Centro', 'Colonia', 'Union', 'Central', 'Valley', 'Bottom']) expect(lookupPlace(n), n).toBeNull();
    // Towns below the bars: a hamlet in Spain, a US village far from the border.
    expect(lookupPlace('Medellín')).toMatchObject({ country: 'CO' });
    expect(lookupPlaces('Medellín').some((p) => p.country === 'ES')).toBe(false);
    expect(lookupPlace('Nogales')).toMatchObject({ country: 'MX' });
    expect(lookupPlaces('Nogales').some((p) => p.country === 'US')).toBe(true); // a border town
    expect(lookupPlace('Springfield Gardens')).toBeNull();
    expect(lookupPlace('')).toBeNull();
    expect(lookupPlace('Atlantis')).toBeNull();
  });

  it('returns fresh objects, so a caller cannot corrupt the table', () => {
    const a = lookupPlace('Culiacán')!;
    a.canonical = 'X';
    expect(lookupPlace('Culiacán')!.canonical).toBe('Culiacán');
  });
});

describe('gazetteer: the data file', () => {
  it('holds countries, divisions and towns in sensible numbers', () => {
    const s = gazetteerStats();
    expect(s.countries).toBeGreaterThan(240);
    expect(s.regions).toBeGreaterThan(400);
    expect(s.cities).toBeGreaterThan(5000);
    expect(s.cities).toBeLessThan(15000);
    expect(s.keys).toBeGreaterThan(s.places);
  });

  it('stores keys exactly as foldKey makes them today', () => {
    for (const line of data.places) {
      const keys = line.split('\t')[5]!.split('|');
      const canonical = line.split('\t')[1]!;
      for (const k of keys) expect(foldKey(k), line).toBe(k);
      expect(isPlaceKey(foldKey(canonical)), canonical).toBe(true);
    }
  });

  it('credits GeoNames and stays small', () => {
    expect(data._about).toMatch(/GeoNames.*CC BY 4\.0/);
    const bytes = readFileSync(new URL('./places.data.json', import.meta.url)).length;
    expect(bytes).toBeLessThan(2_000_000);
  });
});

describe('gazetteer: the data file is reproducible', () => {
  it('equals what bench/gazetteer.ts makes from the pinned packages and curation.json (else run npm run gazetteer)', async () => {
    const { generate, serialize } = await import('../../../bench/gazetteer.js');
    const fresh = serialize(generate());
    const committed = readFileSync(new URL('./places.data.json', import.meta.url), 'utf8');
    expect(fresh === committed, 'places.data.json is stale: run `npm run gazetteer`').toBe(true);
  });
});
