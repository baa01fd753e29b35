import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';
import { findNames } from './names.js';

const names = (text: string) => findNames(analyse(text));

describe('findNames', () => {
  it('keeps Spanish particles, accents and hyphenated surnames inside one name', () => {
    const got = names('Police detained Rosa María de la Cruz and Héctor Peña-Ugalde near Norte del Valle.').map((n) => n.text);
    expect(got).toEqual(['Rosa María de la Cruz', 'Héctor Peña-Ugalde', 'Norte del Valle']);
  });

  it('reads a quoted nickname inside a name and gives the name without it', () => {
    const [n] = names('Prosecutors say Ramiro “El Güero” Salcedo Ibarra ran the port.');
    expect(n!.text).toBe('Ramiro “El Güero” Salcedo Ibarra');
    expect(n!.plain).toBe('Ramiro Salcedo Ibarra');
    expect(n!.nicknames.map((x) => x.text)).toEqual(['El Güero']);
  });

  it('splits a title off the name it stands before', () => {
    const [n] = names('The case went to U.S. District Judge Marta Q. Obregón last week.');
    expect(n!.text).toBe('Marta Q. Obregón');
    expect(n!.title).toBe('u.s. district judge');
  });

  it('joins "of" and "for" only inside institution names', () => {
    const got = names('The Department of Public Security said Tomás Ruiz of Ciudad Obregón was held.').map((n) => n.text);
    expect(got).toContain('Department of Public Security');
    expect(got).toContain('Tomás Ruiz');
    expect(got).not.toContain('Tomás Ruiz of Ciudad Obregón');
  });

  it('does not read a capitalised sentence opener the text also writes in lower case as a name', () => {
    const got = names('Authorities in Guayaquil seized the boat. Local authorities said nothing.').map((n) => n.text);
    expect(got).toEqual(['Guayaquil']);
  });

  it('keeps a lower-case group head after a name: "Pacific cartel"', () => {
    expect(names('He worked for the Pacific cartel for years.').map((n) => n.text)).toEqual(['Pacific cartel']);
  });

  it('keeps a surname that is also an English word inside a full name', () => {
    const got = names('A police spokesman, Luis Alberto Still Romero, confirmed the raid.').map((n) => n.text);
    expect(got).toContain('Luis Alberto Still Romero');
  });

  it('does not split a title off an office named after it', () => {
    const got = names('Guatemala’s Attorney General’s Office opened a case.').map((n) => n.text);
    expect(got).toContain('Attorney General’s Office');
  });

  it('reads numbered fronts and gangs with their number', () => {
    const got = names('Fighters of the 36th Front clashed with Barrio 18 and MS-13.').map((n) => n.text);
    expect(got).toEqual(expect.arrayContaining(['36th Front', 'Barrio 18', 'MS-13']));
  });

  it('reads a unit and the body it belongs to as two names', () => {
    const got = names('The case is handled by the Asset Recovery Section of the Justice Department and the Violent Crimes Unit of the State Police.').map((n) => n.text);
    expect(got).toEqual(expect.arrayContaining(['Asset Recovery Section', 'Justice Department', 'Violent Crimes Unit', 'State Police']));
  });

  it('ends a place’s name before "on" what it lies on, and joins "a" only in a known place name', () => {
    const got = names('Boats left the Gulf of Morrosquillo on the Caribbean coast for Gracias a Dios in Honduras.').map((n) => n.text);
    expect(got).toEqual(expect.arrayContaining(['Gulf of Morrosquillo', 'Caribbean', 'Gracias a Dios']));
  });

  it('joins two places with an en dash and the subjects of a body with "and", but not two bodies', () => {
    const got = names('Trucks crossed the Hidalgo–Reynosa International Bridge. The Police Directorate against Gangs and Organized Crime and the Department of Justice and Treasury Department agreed.').map((n) => n.text);
    expect(got).toEqual(expect.arrayContaining(['Hidalgo–Reynosa International Bridge', 'Police Directorate against Gangs and Organized Crime', 'Department of Justice', 'Treasury Department']));
  });

  it('goes on through "of" inside a body’s complement and skips determiners opening a sentence', () => {
    const got = names('The Office of the Comptroller of the Currency fined the bank. Several U.S. agencies agreed.').map((n) => n.text);
    expect(got).toContain('Office of the Comptroller of the Currency');
    expect(got).not.toContain('Several U.S.');
  });

  it('splits a body’s possessive from the office it owns, but keeps a prosecutor’s office whole', () => {
    const got = names('The Treasury Department’s Office of Terrorist Financing and the Lima Public Prosecutor’s Office agreed. The Cartel del Sur – CDS is small.').map((n) => n.text);
    expect(got).toEqual(expect.arrayContaining(['Treasury Department', 'Office of Terrorist Financing', 'Lima Public Prosecutor’s Office', 'CDS']));
  });

  it('splits a title the list does not hold whole when a given name follows it', () => {
    const [n] = names('Public Security Secretary Rosa Icela Rodríguez spoke.');
    expect(n!.text).toBe('Rosa Icela Rodríguez');
    expect(n!.title).toBe('public security secretary');
  });

  it('keeps a list of subjects inside a body’s name, but not a list of bodies', () => {
    const got = names('The Ministry of Mines, Energy and Hydrocarbons joined the Navy, the Army and Police.').map((n) => n.text);
    expect(got).toContain('Ministry of Mines, Energy and Hydrocarbons');
    expect(got).not.toContain('Navy, the Army and Police');
  });
});

