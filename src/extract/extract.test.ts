/** Relations, events and money, read end to end from sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function run(text: string, published = '2020-05-15') {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    x,
    relations: x.relations.map((r) => `${name.get(r.subject)} ${r.predicate}${r.qualifier ? `(${r.qualifier})` : ''} ${name.get(r.object)}`),
    events: x.events.map((e) => `${e.type} ${name.get(e.subject)} ${e.date ?? '-'}`),
    money: x.money.map((m) => `${m.amount} ${m.currency} ${m.kind} ${m.party ? name.get(m.party) : '-'}`),
  };
}

describe('relations', () => {
  it('reads a role in an apposition', () => {
    expect(run('Police arrested Gilberto Anaya Ruelas, a former leader of the Costa Brava Cartel, in Tijuana.').relations)
      .toContain('Gilberto Anaya Ruelas leader_of Costa Brava Cartel');
  });

  it('reads a role written before a name', () => {
    expect(run('Treasury Department spokeswoman Lucía Benavides declined to comment.').relations)
      .toContain('Lucía Benavides works_for Treasury Department');
  });

  it('reads possessive kinship and lawyers', () => {
    const r = run('Anaya’s son, Mauricio Anaya Soto, was not charged. Gilberto Anaya Ruelas’s attorney, Pablo Ferrer, said he would appeal.').relations;
    expect(r).toContain('Pablo Ferrer lawyer_of Gilberto Anaya Ruelas');
  });

  it('reads a country possessive as where a group operates', () => {
    expect(run('The rise of Honduras’s Valle Norte Cartel worried officials.').relations).toContain('Valle Norte Cartel operates_in Honduras');
  });

  it('reads alliances and rivalries between groups', () => {
    const r = run('The Costa Brava Cartel formed an alliance with the Sierra Alta Cartel. The Sierra Alta Cartel is at war with the Golfo Azul Cartel.').relations;
    expect(r).toContain('Costa Brava Cartel ally Sierra Alta Cartel');
    expect(r.some((x) => /rival/.test(x) && x.includes('Golfo Azul Cartel'))).toBe(true);
  });
});

describe('more relation shapes', () => {
  it('reads kin with modifiers and siblings named together', () => {
    const r = run('Gilberto Anaya Ruelas was arrested in May. His younger brother, Mauricio Anaya Ruelas, fled. Police later charged the brothers Tomás Ibarra Lugo and Raúl Ibarra Lugo.').relations;
    expect(r).toContain('Mauricio Anaya Ruelas family(sibling) Gilberto Anaya Ruelas');
    expect(r).toContain('Tomás Ibarra Lugo family(sibling) Raúl Ibarra Lugo');
  });

  it('reads factions and the generic group they belong to', () => {
    const r = run('Los Halcones, a Costa Brava Cartel faction, controls the port. Investigators said the gang\'s Playa Norte clique collected the fees.').relations;
    expect(r).toContain('Los Halcones part_of Costa Brava Cartel');
  });

  it('reads a group supplying another, with a generic subject', () => {
    const r = run('The Sierra Alta Cartel moved cocaine north. According to prosecutors, the cartel sold the drugs to the Golfo Azul Cartel.').relations;
    expect(r).toContain('Sierra Alta Cartel supplier_of Golfo Azul Cartel');
  });

  it('reads roles in a group named only as "its"', () => {
    const r = run('The Sierra Alta Cartel grew quickly. Its longtime leader, Gilberto Anaya Ruelas, was captured in 2016.').relations;
    expect(r).toContain('Gilberto Anaya Ruelas leader_of Sierra Alta Cartel');
  });

  it('reads where a group operates from control and presence words', () => {
    const r = run('The Sierra Alta Cartel controls smuggling through Reynosa and has a presence in Tamaulipas, Coahuila and Nuevo León.').relations;
    expect(r).toEqual(expect.arrayContaining(['Sierra Alta Cartel operates_in Reynosa', 'Sierra Alta Cartel operates_in Tamaulipas', 'Sierra Alta Cartel operates_in Coahuila']));
  });
});

describe('relations from quotes, witnesses, units and families', () => {
  it('gives kin in a quotation to its speaker', () => {
    const r = run('“I worked for my brother Tomás Ibarra Lugo,” Raúl Ibarra Lugo said in court.').relations;
    expect(r).toContain('Tomás Ibarra Lugo family(sibling) Raúl Ibarra Lugo');
  });

  it('reads a government witness in an apposition as a witness against the defendant', () => {
    const r = run('Gilberto Anaya Ruelas was convicted in May. Another government witness, Ramiro Solís Peña, described the payments.').relations;
    expect(r).toContain('Ramiro Solís Peña witness_against Gilberto Anaya Ruelas');
  });

  it('reads leading a unit of a group as membership', () => {
    expect(run('Ramiro Solís Peña led a Costa Brava Cartel enforcement team in Sonora.').relations).toContain('Ramiro Solís Peña member_of Costa Brava Cartel');
  });

  it('reads a family standing for the group named after it', () => {
    const r = run('The Ibarra Lugo Organization grew in Sonora. The Ibarra Lugo brothers were longtime partners of the Costa Brava Cartel.').relations;
    expect(r).toContain('Ibarra Lugo Organization ally Costa Brava Cartel');
  });
});

describe('events', () => {
  it('takes the subject before a passive verb and the date after it', () => {
    expect(run('Gilberto Anaya Ruelas was extradited to the United States in March 2019.').events)
      .toContain('extradition Gilberto Anaya Ruelas 2019-03');
  });

  it('takes the subject after an active verb', () => {
    expect(run('A federal judge sentenced Gilberto Anaya Ruelas to 30 years in prison on Tuesday.').events)
      .toContain('sentencing Gilberto Anaya Ruelas 2020-05-12');
  });

  it('takes "of X" after an event noun', () => {
    expect(run('The capture of Gilberto Anaya Ruelas in 2016 split the group.').events).toContain('arrest Gilberto Anaya Ruelas 2016');
  });

  it('resolves a pronoun to the person the text is about', () => {
    const ev = run('Gilberto Anaya Ruelas was arrested in 2016. He pleaded guilty last October.').events;
    expect(ev).toContain('plea Gilberto Anaya Ruelas 2019-10');
  });
});

describe('events from sums and surnames with particles', () => {
  it('reads a seized sum as a seizure from its owner', () => {
    const ev = run('Gilberto Anaya Ruelas was detained in Tijuana on Monday, where officers found $1.8 million in cash belonging to Anaya.').events;
    expect(ev.some((e) => e.startsWith('seizure Gilberto Anaya Ruelas'))).toBe(true);
  });

  it('reads a surname that starts with its particles', () => {
    const ev = run('Federal agents charged Evaristo de la Fuente Zamarripa in May. Agents arrested de la Fuente in Edinburg the following month.').events;
    expect(ev.some((e) => e.startsWith('arrest Evaristo de la Fuente Zamarripa'))).toBe(true);
  });
});

describe('the group a text is about', () => {
  it('reads generic references and "its rivals" as the story\'s group', () => {
    const r = run('The Costa Brava Cartel grew out of the province of Manabí. The group has worked as the partner of the Sierra Alta Cartel. Its rivals, the Golfo Azul Cartel, are allied with the Pacific Front. Police said the gang controls the trade through Guayaquil. Its founder, Ramiro Solís Peña, ran the gang from prison.').relations;
    expect(r).toEqual(expect.arrayContaining([
      'Costa Brava Cartel operates_in Manabí',
      'Costa Brava Cartel ally Sierra Alta Cartel',
      'Costa Brava Cartel rival Golfo Azul Cartel',
      'Costa Brava Cartel operates_in Guayaquil',
      'Ramiro Solís Peña leader_of Costa Brava Cartel',
    ]));
  });
});

describe('subjects in phrases and relative clauses', () => {
  it('takes a relative clause\'s subject even after a preposition, and no subject from a modifier', () => {
    const ev = run('Prosecutors sought an order against Gilberto Anaya Ruelas, who was extradited to the United States in January. Two Banco Austral employees were charged.').events;
    expect(ev).toContain('extradition Gilberto Anaya Ruelas 2020-01');
    expect(ev.some((e) => e.startsWith('indictment Banco Austral'))).toBe(false);
  });
});

describe('press-release acknowledgements', () => {
  it('reads heads of agencies and units', () => {
    const r = run('The announcement was made by Laura Benítez Ochoa, Administrator of the Drug Enforcement Administration (DEA). Ms. Benítez thanked the FBI\'s Miami Field Office, led by Special Agent in Charge Tomás Ruiz Peña.').relations;
    const office = run('The case was announced by Pedro Salas Vega, United States Attorney for the Southern District of Texas.').relations;
    expect(office).toContain("Pedro Salas Vega leader_of U.S. Attorney's Office for the Southern District of Texas");
    expect(r).toEqual(expect.arrayContaining([
      'Laura Benítez Ochoa leader_of Drug Enforcement Administration',
      'Tomás Ruiz Peña leader_of Miami Field Office',
    ]));
  });
});

describe('companions and crime dates', () => {
  it('gives the event to a companion and does not date a charge by its crime', () => {
    const ev = run('Gilberto Anaya Ruelas was arrested on Monday along with Ramiro Solís Peña. Tomás Ibarra Lugo was charged in March with the May 2019 murder of a reporter.').events;
    expect(ev).toEqual(expect.arrayContaining(['arrest Gilberto Anaya Ruelas 2020-05-11', 'arrest Ramiro Solís Peña 2020-05-11', 'indictment Tomás Ibarra Lugo 2020-03']));
  });
});

describe('conversions and valuations', () => {
  it('gives a converted sum the reading of the original and a valuation the kind of its clause', () => {
    const m = run('Prosecutors accuse Ramiro Solís Peña of laundering more than 180 billion pesos, about $43 million, for the cartel. Police seized two ranches from Solís, assets that prosecutors value at 62 million lempiras, as part of a money-laundering case. They are seeking the forfeiture of $25 million from him, a sum they describe as the proceeds of the shipments.').money;
    expect(m).toEqual(expect.arrayContaining([
      '180000000000 MXN laundered Ramiro Solís Peña', '43000000 USD laundered Ramiro Solís Peña',
      '62000000 HNL seized Ramiro Solís Peña', '25000000 USD forfeiture_sought Ramiro Solís Peña', '25000000 USD proceeds_estimate Ramiro Solís Peña',
    ]));
  });
});

describe('roles named around a name', () => {
  it('reads a broker of a cartel as a member, a role before a titled name, and a role described after a name', () => {
    const r = [
      ...run('Police arrested Tomás Ibarra Lugo, the Costa Brava Cartel money broker known as "El Contador," in May. A Drug Enforcement Administration agent, Special Agent Lucía Benítez Ochoa, testified.').relations,
      ...run('The Sierra Alta Cartel grew quickly. Ramiro Solís Peña, whom officials describe as the organization\'s second-in-command, fled.').relations,
    ];
    expect(r).toEqual(expect.arrayContaining([
      'Tomás Ibarra Lugo member_of Costa Brava Cartel',
      'Lucía Benítez Ochoa works_for Drug Enforcement Administration',
      'Ramiro Solís Peña member_of Sierra Alta Cartel',
    ]));
  });
});

describe('rivalry between two named', () => {
  it('reads both rivals after "war between" or "feud between"', () => {
    expect(run('The feud between the Costa Brava Cartel and the Sierra Alta Cartel left dozens dead.').relations).toContain('Costa Brava Cartel rival Sierra Alta Cartel');
  });
});

describe('crime families', () => {
  it('reads "the X family" and "the Xs" as one group, with its rivals and its sons', () => {
    const x = run('For years the Lorenzo family ran a trafficking clan from Zacapa. Its patriarch, Waldo Lorenzo Lima, was arrested in 2011. His sons Eliseo Lorenzo Cruz and Waldo Lorenzo Cruz took over. The Lorenzos\' rivals, the Mendoza family, fought them for the coast. A judge took bribes from the Lorenzos.');
    expect(x.x.entities.find((e) => e.name === 'Lorenzo family')?.aliases).toContain('Lorenzos');
    expect(x.relations).toEqual(expect.arrayContaining([
      'Waldo Lorenzo Lima leader_of Lorenzo family',
      'Eliseo Lorenzo Cruz family(child) Waldo Lorenzo Lima',
      'Waldo Lorenzo Cruz family(child) Waldo Lorenzo Lima',
      'Lorenzo family rival Mendoza family',
    ]));
  });
});

describe('press-release sums', () => {
  it('leaves out statutory maximum fines and keeps the own party of each joined sum', () => {
    const m = run('The indictment seeks forfeiture of $150,000 from Ramiro Solís Peña and $300,000 from Gilberto Anaya Ruelas. If convicted, Solís faces up to 15 years in prison and a fine of $250,000.').money;
    expect(m).toContain('150000 USD forfeiture_sought Ramiro Solís Peña');
    expect(m).toContain('300000 USD forfeiture_sought Gilberto Anaya Ruelas');
    expect(m.some((x) => x.startsWith('250000'))).toBe(false);
  });
});

describe('money', () => {
  it('reads an ordered forfeiture against the defendant', () => {
    expect(run('A judge ordered Gilberto Anaya Ruelas to forfeit $45 million.').money).toContain('45000000 USD forfeiture_ordered Gilberto Anaya Ruelas');
  });

  it('reads a settlement paid by a company', () => {
    expect(run('Banco Austral agreed to pay $140 million to settle the charges.').money).toContain('140000000 USD settlement Banco Austral');
  });

  it('reads funding withheld by a government body', () => {
    expect(run('The U.S. government withheld $15 million in security aid in 2018.').money.some((m) => m.startsWith('15000000 USD funding_withheld'))).toBe(true);
  });
});

describe('evidence', () => {
  it('gives every fact a sentence span and a rule id', () => {
    const { x } = run('Gilberto Anaya Ruelas, a former leader of the Costa Brava Cartel, was extradited in 2019 and ordered to forfeit $45 million.');
    for (const f of [...x.relations, ...x.events, ...x.money]) {
      expect(f.evidence.rule).toMatch(/^(relation|event|money)\./);
      expect(f.evidence.end).toBeGreaterThan(f.evidence.start);
    }
  });
});

describe('money kinds and parties', () => {
  it('gives each sum in a sentence its own kind', () => {
    const m = run('Banco Austral agreed to pay $140 million to settle charges after admitting that $600 million in proceeds of the Costa Brava Cartel had moved through its accounts.').money;
    expect(m).toContain('140000000 USD settlement Banco Austral');
    expect(m).toContain('600000000 USD laundered Costa Brava Cartel');
  });

  it('reads a forfeiture that is asked for as sought', () => {
    expect(run('The indictment seeks the forfeiture of $7.5 million from Gilberto Anaya Ruelas.').money).toContain('7500000 USD forfeiture_sought Gilberto Anaya Ruelas');
  });

  it('lets a sum joined to the one before share its kind and party', () => {
    const m = run('Banco Austral will forfeit $90 million and pay penalties of $40 million to regulators and $25 million to the Treasury.').money;
    expect(m).toContain('40000000 USD settlement Banco Austral');
    expect(m).toContain('25000000 USD settlement Banco Austral');
  });

  it('reads a generic subject as the last company named', () => {
    const m = run('Prosecutors charged Banco Austral in May. Under the agreement, the bank will pay a penalty of $15 million.').money;
    expect(m).toContain('15000000 USD settlement Banco Austral');
  });

  it('gives a reward to the person it targets', () => {
    const m = run('Marines captured Gilberto Anaya Ruelas in Sonora. The government had offered a reward of 20 million pesos for his capture.').money;
    expect(m).toContain('20000000 MXN other Gilberto Anaya Ruelas');
  });
});

describe('degenerate input', () => {
  it('extracts nothing, without failing, from empty or blank text', () => {
    for (const text of ['', '   \n\n  ', '.', '$']) {
      const x = extract({ id: 'e', text, published: null });
      expect(x.entities).toEqual([]);
      expect(x.events).toEqual([]);
    }
  });
});

describe('place readings in the output', () => {
  it('keeps the region reading of a place named after a town, for resolution to use', () => {
    const x = extract({ id: 'd', published: '2023-05-02', text: 'Agents arrested Tomás Ledesma in Hempstead, New York, on Monday.' });
    const place = x.entities.find((e) => e.name === 'New York');
    expect(place?.type).toBe('Location');
    expect(place?.reading).toBe('region');
  });
});
