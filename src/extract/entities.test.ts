import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';
import { findNames } from './names.js';
import { buildEntities } from './entities.js';

function entities(text: string) {
  const a = analyse(text);
  return buildEntities(a, findNames(a)).entities;
}
const byName = (es: ReturnType<typeof entities>, name: string) => es.find((e) => e.name === name);

describe('buildEntities', () => {
  it('gives a Spanish plural group name written without its article the name with "Los" too', () => {
    const es = entities('Prosecutors say the Pelones trafficking group paid the mayor. The Pelones denied it.');
    expect(es.find((e) => e.name === 'Pelones')?.aliases).toContain('Los Pelones');
  });

  it('binds an acronym in parentheses to the name before it', () => {
    const es = entities('Members of the Cárdenas Valley Organization (CVO) were arrested. The CVO denied it.');
    const e = byName(es, 'Cárdenas Valley Organization');
    expect(e?.type).toBe('Organization');
    expect(e?.aliases).toContain('CVO');
    expect(es.filter((x) => x.name === 'CVO')).toHaveLength(0);
  });

  it('binds surname-only and first-name-only mentions to the full name', () => {
    const es = entities('Prosecutors charged Octavio Lemus Carranza in March. Lemus Carranza denied the charges. Octavio later pleaded guilty.');
    const e = byName(es, 'Octavio Lemus Carranza');
    expect(e?.type).toBe('Person');
    expect(e?.aliases).toEqual(expect.arrayContaining(['Lemus Carranza', 'Octavio']));
    expect(es).toHaveLength(1);
  });

  it('keeps two relatives with a shared surname apart when their given names differ', () => {
    const es = entities('Ramón Ortega Vidal and his son Ramón Ortega Salas were both indicted.');
    expect(es.map((e) => e.name).sort()).toEqual(['Ramón Ortega Salas', 'Ramón Ortega Vidal']);
  });

  it('reads "known as" and "or" aliases of a quoted nickname', () => {
    const es = entities('The enforcer, Julián Basurto Reyes, known as “El Tejón,” fled. El Tejón, or “The Badger,” was caught in May.');
    const e = byName(es, 'Julián Basurto Reyes');
    expect(e?.aliases).toEqual(expect.arrayContaining(['El Tejón', 'The Badger']));
  });

  it('types by head word, gazetteer, agency list and context', () => {
    const es = entities('The Federal Judicial Police and the DEA questioned Banco Austral in Panama. Lidia Fonseca of Coastline Watch, a nonprofit research group, spoke.');
    expect(byName(es, 'Federal Judicial Police')?.type).toBe('PublicBody');
    expect(byName(es, 'Drug Enforcement Administration')?.type).toBe('PublicBody');
    expect(byName(es, 'Banco Austral')?.type).toBe('Company');
    expect(byName(es, 'Panama')?.type).toBe('Location');
    expect(byName(es, 'Coastline Watch')?.type).toBe('Organization');
    expect(byName(es, 'Lidia Fonseca')?.type).toBe('Person');
  });

  it('names a government by its nationality adjective', () => {
    const es = entities('The Colombian government rejected the request.');
    expect(byName(es, 'Colombian government')?.type).toBe('PublicBody');
  });

  it('types towns from the GeoNames gazetteer, and ambiguous ones only where the text uses them as places', () => {
    const es = entities('Soldiers found the laboratory outside Badiraguato. Prosecutor Ana León said the cook lived in León, Guanajuato.');
    expect(byName(es, 'Badiraguato')?.type).toBe('Location');
    expect(byName(es, 'Ana León')?.type).toBe('Person');
  });

  it('types the acronyms of Latin American state bodies as public bodies', () => {
    const es = entities('Auditors at the DIAN and the UIAF traced the transfers, and the CTI arrested the broker. In Caracas the SENIAT and the CICPC declined to comment.');
    for (const n of ['Dirección de Impuestos y Aduanas Nacionales', 'Unidad de Información y Análisis Financiero', 'Cuerpo Técnico de Investigación', 'Cuerpo de Investigaciones Científicas, Penales y Criminalísticas']) {
      expect(byName(es, n)?.type).toBe('PublicBody');
    }
  });

  it('types places by their geographic head word and businesses by their Spanish trade word', () => {
    const es = entities('The boats crossed the Windward Passage into the Caribbean Sea. Gold from the Sucre Mining Arc was sold through Cambios El Puente and Transportes del Norte.');
    expect(byName(es, 'Windward Passage')?.type).toBe('Location');
    expect(byName(es, 'Caribbean Sea')?.type).toBe('Location');
    expect(byName(es, 'Sucre Mining Arc')?.type).toBe('Location');
    expect(byName(es, 'Cambios El Puente')?.type).toBe('Company');
    expect(byName(es, 'Transportes del Norte')?.type).toBe('Company');
  });

  it('does not type a person by a head word inside their nickname', () => {
    const es = entities('Prosecutors said Rigoberto “El Zorro” Aguilar Pérez, known as “The Desert Fox,” ran the plaza.');
    expect(byName(es, 'Rigoberto Aguilar Pérez')?.type).toBe('Person');
  });

  it('types a name with digits as a group, never a person', () => {
    const es = entities('Members of MS-13 and Barrio 18 fought over the market.');
    expect(byName(es, 'MS-13')?.type).toBe('Organization');
    expect(byName(es, 'Barrio 18')?.type).toBe('Organization');
  });

  it('reads places from the nouns around them', () => {
    const es = entities('The guerrilla moved into the Sarare region and the Lomas neighbourhood. The mayor of the Oaxaca town of Tlacolula fled. Planes landed in La Chorrera.');
    expect(byName(es, 'Sarare')?.type).toBe('Location');
    expect(byName(es, 'Lomas')?.type).toBe('Location');
    expect(byName(es, 'Tlacolula')?.type).toBe('Location');
    expect(byName(es, 'La Chorrera')?.type).toBe('Location');
  });

  it('reads "X state" as the state X, unless a city has that name', () => {
    const es = entities('Troops arrived in Nuevo León state and in São Paulo state, far from São Paulo. The Venezuelan state denied it.');
    expect(byName(es, 'Nuevo León')?.aliases).toContain('Nuevo León state');
    expect(byName(es, 'São Paulo state')?.type).toBe('Location');
    expect(es.find((e) => e.name.startsWith('Venezuelan'))).toBeUndefined();
  });

  it('binds a group’s unquoted other name after "also known as"', () => {
    const es = entities('Six members of La Mara Verde, also known as MV-9, were charged. MV-9 denied it.');
    expect(byName(es, 'La Mara Verde')?.aliases).toContain('MV-9');
  });

  it('types an English-order name by its last word past a Spanish particle, and a criminal investigation unit as a body', () => {
    const es = entities('Members of the Costa del Sol Cartel were charged by IRS Criminal Investigation agents.');
    expect(byName(es, 'Costa del Sol Cartel')?.type).toBe('Organization');
    expect(byName(es, 'IRS Criminal Investigation')?.type).toBe('PublicBody');
  });

  it('reads no type cue from the sentence before', () => {
    const es = entities('## The exchange house\n\nOrtega Ruiz is named in an indictment. Prosecutors charged Tomás Ortega Ruiz in May.');
    expect(byName(es, 'Tomás Ortega Ruiz')?.type).toBe('Person');
    expect(byName(es, 'Tomás Ortega Ruiz')?.aliases).toContain('Ortega Ruiz');
  });

  it('binds several other names inside one parenthesis, and a group name to its translation after ", or"', () => {
    const es = entities('He laundered money for the Pacific Cartel (Cártel del Pacífico, or CDP), prosecutors said. The Clan del Norte, or North Clan, denied it.');
    const cartel = es.find((e) => e.name === 'Pacific Cartel' || e.name === 'Cártel del Pacífico');
    expect([cartel?.name, ...(cartel?.aliases ?? [])]).toEqual(expect.arrayContaining(['Pacific Cartel', 'Cártel del Pacífico', 'CDP']));
    const clan = es.find((e) => e.name === 'Clan del Norte' || e.name === 'North Clan');
    expect([clan?.name, ...(clan?.aliases ?? [])]).toEqual(expect.arrayContaining(['Clan del Norte', 'North Clan']));
  });

  it('binds a nickname set off by a comma, or written without quotes after "known as"', () => {
    const es = entities('The Valle Cartel of Ramón Ruelas Ochoa, “El Cuervo,” grew. Rivals feared Ismael Cota Rentería, the gunman better known as El Tordo, and Hilario Soto Barraza, the commander known as R-7.');
    expect(byName(es, 'Ramón Ruelas Ochoa')?.aliases).toContain('El Cuervo');
    expect(byName(es, 'Ismael Cota Rentería')?.aliases).toContain('El Tordo');
    expect(byName(es, 'Hilario Soto Barraza')?.aliases).toContain('R-7');
  });

  it('types judicial districts, insurgent armies and intergovernmental bodies', () => {
    const es = entities('The Northern District of Texas charged him. The Popular Revolutionary Army and the United Nations condemned the attack.');
    expect(byName(es, 'Northern District of Texas')?.type).toBe('PublicBody');
    expect(byName(es, 'Popular Revolutionary Army')?.type).toBe('Organization');
    expect(byName(es, 'United Nations')?.type).toBe('PublicBody');
  });

  it('binds a name without its legal form, a group named with a generic word, and a body named by its head word alone', () => {
    const es = entities('Cash went to Granos Lerma S.A. de C.V. and to the Acapulco Cartel. Granos Lerma denied it. The Acapulco organization is small. The National Assembly met; the Assembly voted.');
    expect(byName(es, 'Granos Lerma S.A. de C.V.')?.aliases).toContain('Granos Lerma');
    expect(byName(es, 'Acapulco Cartel')?.aliases).toContain('Acapulco organization');
    expect(byName(es, 'National Assembly')?.aliases).toContain('Assembly');
  });

  it('binds a Spanish or Portuguese name to its English translation', () => {
    const es = entities('The Ejército Popular de Liberación grew. Later the Popular Liberation Army split. The Terceiro Comando Puro fought the Pure Third Command.');
    const epl = es.filter((e) => /Liberation|Liberación/.test(e.name));
    expect(epl).toHaveLength(1);
  });

  it('reads nicknames listed together, and never reads a quoted nickname as a town', () => {
    const es = entities('Police arrested Ramón Aguilar Soto, also known as “Flaco” and “El Tigre,” on Monday.');
    const e = byName(es, 'Ramón Aguilar Soto');
    expect(e?.aliases).toEqual(expect.arrayContaining(['Flaco', 'El Tigre']));
    expect(es.filter((x) => x.type === 'Location')).toHaveLength(0);
  });

  it('gives a nickname after a body without a comma to the person, not the body', () => {
    const es = entities('Óscar Reyes Mena, the former head of the National Police known as “El Lobo,” pleaded guilty.');
    expect(byName(es, 'Óscar Reyes Mena')?.aliases).toContain('El Lobo');
    expect(byName(es, 'National Police')?.aliases ?? []).not.toContain('El Lobo');
  });

  it('reads "which calls itself" as another name of the group', () => {
    const es = entities('The Clan del Norte, which calls itself the Autodefensas Unidas del Norte, denied it.');
    expect(es.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });

  it('types a name before a lower-case group noun, and a bare Spanish plural group name', () => {
    const es = entities('A leader of the Rastrojos trafficking group met members of the governing Libre party and envoys of the Zetas.');
    expect(byName(es, 'Rastrojos')?.type).toBe('Organization');
    expect(byName(es, 'Rastrojos')?.aliases).toContain('Los Rastrojos');
    expect(byName(es, 'Libre')?.type).toBe('Organization');
    expect(byName(es, 'Zetas')?.type).toBe('Organization');
  });

  it('names no one for a holiday, binds a surname with particles, and prefers the mixed-case form', () => {
    const es = entities('DEFENDANTS: RAMÓN ORTIZ DE LA PEÑA. Ramón Ortiz de la Peña was arrested on New Year. Ortiz de la Peña denied it.');
    expect(es.find((e) => e.name === 'New Year')).toBeUndefined();
    const e = es.find((x) => x.type === 'Person');
    expect(e?.name).toBe('Ramón Ortiz de la Peña');
    expect(e?.aliases).toContain('Ortiz de la Peña');
  });

  it('gives a body written "United States …" its "U.S. …" name too', () => {
    const es = entities('The United States Attorney’s Office for the District of Oregon filed the case.');
    expect(es.find((e) => e.type === 'PublicBody')?.aliases.some((x) => x.startsWith('U.S. '))).toBe(true);
  });

  it('reads an embassy with its city, plural titles as no one, Spanish institutions as groups, and a place only used as one', () => {
    const es = entities('The US Secretaries of State met staff of the Canadian Embassy in Lima. Rosa Mena Paz of the Universidad de Oriente spoke. He kept a beach house in Juan Griego.');
    expect(byName(es, 'Canadian Embassy in Lima')?.type).toBe('PublicBody');
    expect(es.find((e) => e.name.includes('Secretaries'))).toBeUndefined();
    expect(byName(es, 'Universidad de Oriente')?.type).toBe('Organization');
    expect(byName(es, 'Juan Griego')?.type).toBe('Location');
    expect(byName(es, 'Rosa Mena Paz')?.type).toBe('Person');
  });

  it('types a name before a media noun as a group, and strips a title of the trial attorneys who prosecute', () => {
    const es = entities('Reporters at the Crónica Libre newspaper spoke with Trial Attorney Marta Ibáñez Ruiz.');
    expect(byName(es, 'Crónica Libre')?.type).toBe('Organization');
    expect(byName(es, 'Marta Ibáñez Ruiz')?.type).toBe('Person');
  });

  it('reads a legal form after a comma as the business’s, with its acronym after it', () => {
    const es = entities('Bribes flowed from Minera Andina del Sur, S.A. (MADS), investigators said. MADS denied it.');
    const e = es.find((x) => x.type === 'Company');
    expect(e?.name).toBe('Minera Andina del Sur');
    expect(e?.aliases).toContain('MADS');
    expect(es.find((x) => x.name === 'S.A.')).toBeUndefined();
  });

  it('reads a dateline city apart from the sentence, a group named with and without its article, and Spanish newspapers', () => {
    const es = entities('TEGUCIGALPA CITY - Honduran police said the Chimbitas drug trafficking organization, led by Los Chimbitas since 2010, paid off officers, Diario Tiempo reported.');
    expect(es.find((e) => e.name.includes('Honduran'))).toBeUndefined();
    expect(byName(es, 'Los Chimbitas')?.aliases).toContain('Chimbitas');
    expect(byName(es, 'Diario Tiempo')?.type).toBe('Organization');
  });

  it('keeps a news agency out of the dateline place, types a faction by its apposition, and binds two given names', () => {
    const es = entities('TIJUANA, Mexico (AP) — La Oficina, the faction loyal to Rafael Caro Quintero, lost ground. Police sought Iván Alberto Soto Lerma. Iván Alberto fled.');
    expect(byName(es, 'Mexico')?.aliases ?? []).not.toContain('AP');
    expect(byName(es, 'La Oficina')?.type).toBe('Organization');
    expect(byName(es, 'Iván Alberto Soto Lerma')?.aliases).toContain('Iván Alberto');
  });

  it('names no one for a police operation, and gives no one an alias that follows a verb', () => {
    const es = entities('Operation Cerco Azul began on Monday. Defense Minister Pedro Ruiz said soldiers killed alias “El Flaco,” a local commander.');
    expect(es.find((e) => e.name.startsWith('Operation'))).toBeUndefined();
    expect(byName(es, 'Pedro Ruiz')?.aliases ?? []).not.toContain('El Flaco');
  });

  it('reads "de los" inside a name, and a place named without its kind as the same place', () => {
    const es = entities('Officers of the Cartel de los Toros ran the Yare prison. Three inmates escaped from Yare in May. Troops never entered Mexico City, far from Mexico.');
    expect(byName(es, 'Cartel de los Toros')?.type).toBe('Organization');
    expect(es.find((e) => e.name === 'Yare prison' || e.name === 'Yare')?.aliases.length).toBe(1);
    expect(byName(es, 'Mexico')?.type).toBe('Location');
  });
});


describe('a place with its kind after it', () => {
  it('keeps "Mexico State" apart from the country it shares a name with', () => {
    const es = entities('Soldiers killed two gunmen in Mexico State on Friday, officials in Mexico said.');
    expect(byName(es, 'Mexico')?.aliases ?? []).not.toContain('Mexico State');
  });
});
