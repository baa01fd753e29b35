/** Event subjects and dates, read from sentences written for these tests (invented names). */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function events(text: string, published = '2021-03-10'): string[] {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.events.map((e) => `${e.type} ${name.get(e.subject)} ${e.date ?? '-'}`);
}

describe('events', () => {
  it('gives "Judge X sentenced him" to the defendant, not the judge, dated by its own clause', () => {
    const r = events('In March, a jury convicted Tomás Ibarra Lugo of trafficking, and in June U.S. District Judge Harold M. Fenwick sentenced him to 30 years in prison.', '2020-08-01');
    expect(r).toContain('conviction Tomás Ibarra Lugo 2020-03');
    expect(r).toContain('sentencing Tomás Ibarra Lugo 2020-06');
    expect(r.some((x) => x.includes('Fenwick'))).toBe(false);
  });

  it('does not read an announced sentencing as one that happened', () => {
    const r = events('Ramiro Solís Peña pleaded guilty in May and is scheduled to be sentenced in December.', '2020-08-01');
    expect(r).toContain('plea Ramiro Solís Peña 2020-05');
    expect(r.some((x) => x.startsWith('sentencing'))).toBe(false);
  });

  it('gives "Both men were indicted" to the two people named before', () => {
    const r = events('Tomás Ibarra Lugo, 61, and Ramiro Solís Peña, 55, were flown to New York on Thursday. Both men were indicted in 2019 by a grand jury in Manhattan.', '2020-08-01');
    expect(r).toEqual(expect.arrayContaining(['indictment Tomás Ibarra Lugo 2019', 'indictment Ramiro Solís Peña 2019']));
  });
});

describe('events named with "his"', () => {
  it('reads "since his arrest in March" as the arrest of the person named before', () => {
    const r = events('Mexican authorities handed Ramiro Solís Peña to U.S. marshals on Tuesday. He had been held in a prison since his arrest in March in Tlalpan.', '2020-08-01');
    expect(r).toContain('arrest Ramiro Solís Peña 2020-03');
  });

  it('does not read a planned trial or a postponed sentencing as an event', () => {
    const r = events('Tomás Ibarra Lugo pleaded not guilty and is due to go on trial in November. His sentencing, first set for this month, has been postponed.', '2020-08-01');
    expect(r.some((x) => x.startsWith('trial') || x.startsWith('sentencing'))).toBe(false);
  });

  it('dates "the following year" and "the following month" from the date before them', () => {
    const r = events('Tomás Ibarra Lugo was extradited to the United States in 2019 and pleaded guilty in Houston the following year.', '2022-08-01');
    expect(r).toContain('extradition Tomás Ibarra Lugo 2019');
    expect(r).toContain('plea Tomás Ibarra Lugo 2020');
    const m = events('Ramiro Solís Peña was indicted in October 2020. Agents arrested Solís Peña in Laredo the following month.', '2022-08-01');
    expect(m).toContain('arrest Ramiro Solís Peña 2020-11');
  });

  it('dates "that day" from the sentence before, and a forfeiture "as part of his plea" from the plea', () => {
    const r = events('On March 3, 2021, a plane landed in Laredo. That day Tomás Ibarra Lugo was arrested by federal agents.', '2022-08-01');
    expect(r).toContain('arrest Tomás Ibarra Lugo 2021-03-03');
    const p = events('Ramiro Solís Peña pleaded guilty on May 4, 2021. As part of his plea, Solís Peña agreed to forfeit $2 million.', '2022-08-01');
    expect(p).toContain('forfeiture Ramiro Solís Peña 2021-05-04');
  });

  it('dates a charge "in the same indictment" by the indictment before it', () => {
    const r = events('Tomás Ibarra Lugo was indicted in October 2020. His supplier, Ramiro Solís Peña, was charged in the same indictment.', '2022-08-01');
    expect(r).toContain('indictment Ramiro Solís Peña 2020-10');
  });

  it('dates a defendants list by the charging sentence before it, and leaves out the victim of the charged murder', () => {
    const r = events('An indictment was unsealed on June 3 in federal court charging four members of the Vado Alto Locos. The defendants include Tomás Ibarra Lugo and Ramiro Solís Peña, who are charged with the May 2020 murder of 17-year-old Kevin Aldana Ruiz.', '2022-06-04');
    expect(r).toContain('indictment Tomás Ibarra Lugo 2022-06-03');
    expect(r).toContain('indictment Ramiro Solís Peña 2022-06-03');
    expect(r.some((x) => x.startsWith('indictment Kevin'))).toBe(false);
  });

  it('gives an arrest of "the Ruiz Paz brothers" in a list to each brother the story named', () => {
    const r = events('The defendants include the brothers Kevin Alexis Ruiz Paz and Wilber Josué Ruiz Paz. Tomás Ibarra Lugo, the Ruiz Paz brothers and defendant Yesenia Marisol Argueta were arrested yesterday in Vado Alto.', '2023-09-27');
    for (const who of ['Kevin Alexis Ruiz Paz', 'Wilber Josué Ruiz Paz', 'Tomás Ibarra Lugo', 'Yesenia Marisol Argueta']) expect(r).toContain(`arrest ${who} 2023-09-26`);
  });

  it('reads "entered a guilty plea", "has faced charges", "is named in an indictment" and "will forfeit" as events', () => {
    const r = events('Tomás Ibarra Lugo entered a guilty plea in Houston on May 4. Ramiro Solís Peña has faced charges in Texas since 2019. Kevin Aldana Ruiz is named in an indictment filed in Miami. Banco Vado Alto will forfeit $40 million.', '2022-08-01');
    expect(r).toContain('plea Tomás Ibarra Lugo 2022-05-04');
    expect(r.some((x) => x.startsWith('indictment Ramiro Solís Peña'))).toBe(true);
    expect(r.some((x) => x.startsWith('indictment Kevin Aldana Ruiz'))).toBe(true);
    expect(r.some((x) => x.startsWith('forfeiture Banco Vado Alto'))).toBe(true);
  });

  it('does not give an event to a name before an active verb whose object is unnamed', () => {
    const r = events('Prosecutors said Tomás Ibarra Lugo\'s hit men murdered police officers, judges and rival dealers. Special Agent Ramiro Solís Peña described ledgers that police seized in 2019 from a stash house.', '2022-08-01');
    expect(r.some((x) => x.startsWith('killing Tomás Ibarra Lugo'))).toBe(false);
    expect(r.some((x) => x.startsWith('seizure Ramiro Solís Peña'))).toBe(false);
  });

  it('still gives "marines killed cartel leader X" to X', () => {
    const r = events('In 2012, marines killed cartel leader Tomás Ibarra Lugo in a firefight.', '2022-08-01');
    expect(r).toContain('killing Tomás Ibarra Lugo 2012');
  });

  it('gives a forfeiture to the son, not the father named in a possessive, dated by the sentence when its clause has no date', () => {
    const r = events('Tomás Ibarra Lugo\'s son, Ramiro Ibarra Solís, agreed not to contest the forfeiture of $40 million and to cooperate while pending sentencing, a plea deal made public in 2015 showed.', '2022-08-01');
    expect(r).toContain('forfeiture Ramiro Ibarra Solís 2015');
    expect(r.some((x) => x.startsWith('forfeiture Tomás'))).toBe(false);
  });

  it('gives "sentenced X … and ordered him to forfeit" to X, not the judge', () => {
    const r = events('U.S. District Judge Harold M. Fenwick sentenced Tomás Ibarra Lugo in May 2021 to life in prison and ordered him to forfeit $40 million.', '2022-08-01');
    expect(r).toContain('forfeiture Tomás Ibarra Lugo 2021-05');
    expect(r.some((x) => x.includes('Fenwick'))).toBe(false);
  });

  it('reads "In a plea agreement, X admitted" as X\'s plea', () => {
    const r = events('In a plea agreement filed on May 4, Ramiro Solís Peña admitted to receiving bribes. In a plea agreement, Tomás Ibarra Lugo admitted to moving cash.', '2022-08-01');
    expect(r.some((x) => x.startsWith('plea Tomás Ibarra Lugo'))).toBe(true);
  });

  it('reads "extradited two years later" as an event dated two years on, and "a jury found X guilty" as a conviction', () => {
    const r = events('Tomás Ibarra Lugo ran the port for a decade. He was arrested in 2016 and extradited two years later.', '2023-06-16');
    expect(r).toContain('extradition Tomás Ibarra Lugo 2018');
    const v = events('A jury found Ramiro Solís Peña guilty on all counts on June 9, 2023.', '2023-06-16');
    expect(v).toContain('conviction Ramiro Solís Peña 2023-06-09');
  });

  it('reads "She" after "X\'s wife, Y, …" as Y, not the husband named in the possessive', () => {
    const r = events('Tomás Ibarra Lugo\'s wife, Marisol Pardo Vega, 52, kept the books of the dealership. She pleaded guilty in February.', '2022-08-01');
    expect(r).toContain('plea Marisol Pardo Vega 2022-02');
    expect(r.some((x) => x.startsWith('plea Tomás'))).toBe(false);
  });

  it('reads "handed X to U.S. marshals" as an extradition but not "handed X a sentence"', () => {
    const r = events('Mexican authorities handed Tomás Ibarra Lugo to U.S. marshals on Tuesday. Judge Harold M. Fenwick handed Ramiro Solís Peña a 20-year sentence.', '2023-06-16');
    expect(r).toContain('extradition Tomás Ibarra Lugo 2023-06-13');
    expect(r.some((x) => x.startsWith('extradition Ramiro'))).toBe(false);
  });

  it('reads "was handed a 20-year sentence" and "received a life sentence" as sentencings', () => {
    const r = events('Kevin Aldana Ruiz was handed a 20-year sentence in 2021. Tomás Ibarra Lugo received a life sentence in 2019.', '2023-06-16');
    expect(r).toContain('sentencing Kevin Aldana Ruiz 2021');
    expect(r).toContain('sentencing Tomás Ibarra Lugo 2019');
  });

  it('reads "was given a 15-year sentence" as a sentencing, though "given" starts no trigger of its own', () => {
    const r = events('Kevin Aldana Ruiz was given a 15-year sentence in 2020.', '2023-06-16');
    expect(r).toContain('sentencing Kevin Aldana Ruiz 2020');
    expect(events('Kevin Aldana Ruiz was given a new passport in 2020.', '2023-06-16')).toEqual([]);
  });

  it('reads "an indictment … charges X" as X\'s indictment, and dates "since 2012, when X agreed to pay" by 2012', () => {
    const r = events('An indictment filed in 2022 in the Southern District of Texas charges Tomás Ibarra Lugo with conspiring to distribute cocaine.', '2023-06-16');
    expect(r).toContain('indictment Tomás Ibarra Lugo 2022');
    const h = events('It is the largest penalty since 2012, when Banco Vado Alto agreed to pay $1.2 billion.', '2023-06-16');
    expect(h).toContain('settlement Banco Vado Alto 2012');
  });

  it('dates a forfeiture "as part of his plea agreement" by the plea', () => {
    const r = events('Tomás Ibarra Lugo pleaded guilty on Feb. 15, 2022. As part of his plea agreement, Ibarra Lugo agreed to forfeit $1.5 million.', '2023-06-16');
    expect(r).toContain('forfeiture Tomás Ibarra Lugo 2022-02-15');
  });

  it('dates an undated arrest told right after a dated interception by that day', () => {
    const r = events('On October 14, 2021, a Coast Guard cutter intercepted a go-fast boat carrying cocaine. The two crew members, Tomás Ibarra Lugo and a second man, were arrested and later charged.', '2023-06-16');
    expect(r).toContain('arrest Tomás Ibarra Lugo 2021-10-14');
  });

  it('reads "died in a shootout" as a killing and "survived an assassination attempt" as an attack', () => {
    const r = events('Tomás Ibarra Lugo died in a shootout with marines in 2009. Ramiro Solís Peña survived an assassination attempt in 2015.', '2023-06-16');
    expect(r).toContain('killing Tomás Ibarra Lugo 2009');
    expect(r).toContain('attack Ramiro Solís Peña 2015');
  });

  it('does not take "he wrote" in an aside as the subject: "X, he wrote, was killed"', () => {
    const r = events('Tomás Ibarra Lugo wrote a letter from jail. Ramiro Solís Peña, he wrote, was killed at the ranch.', '2023-06-16');
    expect(r.some((x) => x.startsWith('killing Ramiro Solís Peña'))).toBe(true);
    expect(r.some((x) => x.startsWith('killing Tomás'))).toBe(false);
  });

  it('reads "jailed faction members" as a description, not a sentencing of the name before', () => {
    const r = events('Prosecutors say Transportes Vado Alto was run by relatives of jailed faction members.', '2023-06-16');
    expect(r.some((x) => x.startsWith('sentencing'))).toBe(false);
  });

  it('gives "the killing of X, who was ambushed" one killing, not also an attack', () => {
    const r = events('Prosecutors blame the gang for the 2023 killing of Tomás Ibarra Lugo, the town mayor, who was ambushed on a rural road.', '2023-06-16');
    expect(r).toContain('killing Tomás Ibarra Lugo 2023');
    expect(r.some((x) => x.startsWith('attack'))).toBe(false);
  });

  it('gives "X worked alongside Y, who was extradited … and is serving a life sentence" to Y', () => {
    const r = events('Tomás Ibarra Lugo ran the port alongside Ramiro Solís Peña, who was extradited to the United States in 2017 and is serving a life sentence.', '2023-06-16');
    expect(r).toContain('extradition Ramiro Solís Peña 2017');
    expect(r.some((x) => x.startsWith('sentencing Ramiro Solís Peña'))).toBe(true);
    expect(r.some((x) => x.startsWith('sentencing Tomás'))).toBe(false);
  });
  it('gives an event told of people described, not named, to the people the next sentences name with those roles', () => {
    const text = 'Guatemala on Friday extradited a former mayor of a border town and a retired army colonel to the United States. '
      + 'Ovidio Tzul Marroquín, 58, who served two terms as mayor of La Mesilla, and Arturo Pineda Cáceres, 63, a retired colonel, were flown to Miami.';
    const r = events(text, '2022-06-13');
    expect(r).toEqual(expect.arrayContaining(['extradition Ovidio Tzul Marroquín 2022-06-10', 'extradition Arturo Pineda Cáceres 2022-06-10']));
  });

  it('makes no event of a described person when the story names no one with that role', () => {
    const text = 'Gunmen on Friday killed a taxi driver in the port of Tumaco. Police chief Ernesto Lara Quiñones said patrols had been doubled.';
    expect(events(text, '2022-06-13').filter((x) => x.startsWith('killing'))).toEqual([]);
  });
  it('gives a seizure "from one of the cartel\'s stash houses" to the cartel the story named', () => {
    const text = 'The Valle Negro Cartel moved cocaine through the port for a decade. An agent described ledgers that police seized in 2018 from one of the cartel\'s stash houses in Tela.';
    expect(events(text, '2022-06-13')).toContain('seizure Valle Negro Cartel 2018');
  });

  it('gives "The trial, which opened on …" to the person the story is about', () => {
    const text = 'A federal jury on Friday convicted Rosendo Almeida Tovar of conspiring to import cocaine. The trial, which opened on Sept. 12, turned on the testimony of two former associates.';
    expect(events(text, '2022-09-30')).toContain('trial Rosendo Almeida Tovar 2022-09-12');
  });
  it('gives "the bank will forfeit" to the bank named before, dated by the plea whose terms it is', () => {
    const text = 'Banco Cordillera Sur pleaded guilty on Tuesday to failing to report suspicious transfers. '
      + 'Under its agreement with the Justice Department, the bank will forfeit $90 million.';
    expect(events(text, '2023-05-12')).toContain('forfeiture Banco Cordillera Sur 2023-05-09');
  });
});

describe('a seizure from a group named generically', () => {
  it('gives "seized … from the cartel" to the group the noun stands for, with or without a possessive', () => {
    expect(events('The Norte Cartel has run the port for years. On Monday, police seized 40 rifles from the cartel in Manzanillo.')).toContain('seizure Norte Cartel 2021-03-08');
    expect(events("The Norte Cartel has run the port for years. On Monday, police seized ledgers from one of the cartel's stash houses.")).toContain('seizure Norte Cartel 2021-03-08');
  });
});
