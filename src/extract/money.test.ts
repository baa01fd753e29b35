/** Whom a sum is about, read from sentences written for these tests (invented names). */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

function money(text: string, published = '2021-03-10'): string[] {
  const x = extract({ id: 't', text, published });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.money.map((m) => `${m.amount} ${m.kind} ${m.party ? name.get(m.party) : '-'}`);
}

describe('money parties', () => {
  it('reads "fined him" as the person the sentence named before, not the story\'s other defendant', () => {
    const r = money('Tomás Ibarra Lugo was arrested in 2019 and extradited in 2020. In March, a jury convicted Ramiro Solís Peña of trafficking, and in June a judge sentenced him to 30 years and fined him $5 million.');
    expect(r).toContain('5000000 other Ramiro Solís Peña');
  });

  it('reads a sentence opening on "He" as about the last sentence subject', () => {
    const r = money('Tomás Ibarra Lugo was arrested in 2019. The bank\'s former compliance chief, Ramiro Solís Peña, pleaded guilty in May. He admitted accepting 1.5 million euros in bribes.');
    expect(r).toContain('1500000 other Ramiro Solís Peña');
  });

  it('gives a sum paid to someone to the one paid, and a reward to the one it targets', () => {
    const r = money('Prosecutors say Tomás Ibarra Lugo let the planes land, while Ramiro Solís Peña provided escorts and was paid $20,000 for each load. The State Department offered up to $2 million for information leading to his arrest.');
    expect(r).toContain('20000 other Ramiro Solís Peña');
    expect(r.some((x) => x.startsWith('2000000 other') && !x.endsWith(' -'))).toBe(true);
  });

  it('gives a sum laundered by unnamed conspirators to the story\'s defendant', () => {
    const r = money('Federal agents arrested Tomás Ibarra Lugo in May. He was charged with money laundering. In all, the conspirators laundered at least $9.5 million between 2015 and 2020.');
    expect(r).toContain('9500000 laundered Tomás Ibarra Lugo');
  });

  it('gives an estimate about "the faction" to the group the story is about, not the think tank that made it', () => {
    const r = money('The Frente Rojo controls the port of Vado Alto. Analysts at the Centro Andino de Estudios, a Lima think tank, estimate that the faction\'s gold exports generate about $400 million a year.');
    expect(r).toContain('400000000 proceeds_estimate Frente Rojo');
  });

  it('drops a headline\'s partyless sum when the body gives the same sum with its party', () => {
    const r = money('Judge Orders $4.2 Million Forfeiture in Port Case\n\nA federal judge ordered Tomás Ibarra Lugo to forfeit $4.2 million on Tuesday.');
    expect(r).toContain('4200000 forfeiture_ordered Tomás Ibarra Lugo');
    expect(r).not.toContain('4200000 forfeiture_ordered -');
  });

  it('reads a sum extorted by a gang\'s members as the gang\'s proceeds', () => {
    const r = money('Prosecutors charged nine members of the Vado Alto Locos, a clique of the Barrio Sur gang. Between 2020 and 2023, members of the clique extorted more than $96,000 from shopkeepers in Vado Alto.');
    expect(r.some((x) => x.startsWith('96000 proceeds_estimate') && !x.endsWith(' -'))).toBe(true);
  });

  it('does not give a seized sum to the person who reports it', () => {
    const r = money('Police arrested Tomás Ibarra Lugo in Vado Alto on Monday. Agents found $46,000 in cash in his truck, Ramiro Solís Peña told reporters.');
    expect(r).toContain('46000 seized Tomás Ibarra Lugo');
  });

  it('gives a reward "for his arrest" to the subject of the sentences before, not the story\'s most charged man', () => {
    const r = money('Tomás Ibarra Lugo was arrested in 2015, convicted in 2016 and sentenced in 2017. Ramiro Solís Peña, his partner, ran the ports for a decade. The State Department had offered up to $3 million for information leading to his arrest.');
    expect(r).toContain('3000000 other Ramiro Solís Peña');
  });

  it('gives a bribe "paid the mayor" to the person the story called the mayor', () => {
    const r = money('Prosecutors say former mayor Ramiro Solís Peña protected the airstrip. Tomás Ibarra Lugo, a trafficker, testified that he paid the mayor $25,000 a month.');
    expect(r).toContain('25000 other Ramiro Solís Peña');
  });

  it('gives a laundered sum to the person who laundered it, not the group whose proceeds they were', () => {
    const r = money('Tomás Ibarra Lugo pleaded guilty to laundering $7.5 million in proceeds for the Vado Alto Cartel.');
    expect(r).toContain('7500000 laundered Tomás Ibarra Lugo');
  });

  it('gives a bank\'s second sum ("and agreed to forfeit $Y") to the bank that is its clause\'s subject', () => {
    const r = money('Banco Vado Alto admitted that it processed more than $500 million in suspicious transactions and agreed to forfeit $200 million.');
    expect(r).toContain('200000000 forfeiture_ordered Banco Vado Alto');
  });

  it('reads aid "suspended" as funding withheld', () => {
    const r = money('The State Department suspended $50 million in aid to the Vado Alto police.');
    expect(r.some((x) => x.startsWith('50000000 funding_withheld'))).toBe(true);
  });

  it('gives a payment to the person paid, whether named after "paid" or after "to"', () => {
    const r = money('Tomás Ibarra Lugo paid Ramiro Solís Peña $2 million over five years. Kevin Aldana Ruiz paid $50,000 in bribes to Marisol Pardo Vega.');
    expect(r).toContain('2000000 other Ramiro Solís Peña');
    expect(r).toContain('50000 other Marisol Pardo Vega');
  });

  it('reads "is believed to earn $X" as a group\'s proceeds and gives a fine on a bank to the bank', () => {
    const r = money('The Vado Alto Cartel is believed to earn more than $1 billion a year. Banco Vado Alto was fined $25 million by regulators.');
    expect(r).toContain('1000000000 proceeds_estimate Vado Alto Cartel');
    expect(r).toContain('25000000 other Banco Vado Alto');
  });

  it('reads a seized sum that prosecutors then ask to have forfeited as both seized and sought', () => {
    const r = money('A federal judge ordered the seizure of $30 million in assets tied to Tomás Ibarra Lugo in March, and prosecutors have since asked the court to declare the full amount forfeited.');
    expect(r).toContain('30000000 seized Tomás Ibarra Lugo');
    expect(r).toContain('30000000 forfeiture_sought Tomás Ibarra Lugo');
  });
});
