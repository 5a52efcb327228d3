import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/extract/figures/index.js';
import { localeFor } from '../../src/locales/index.js';
import type { FigureReport } from '../../src/report/types.js';
import { figuresOf } from './helpers.js';

/** The raw numbers of a text (scales applied), as copydesk reads them under figures. */
function numbersOf(lang: string, text: string): Array<{ text: string; value: number }> {
  const locale = localeFor(lang === 'en' ? 'eng' : 'fra');
  if (!locale) throw new Error(`no locale for ${lang}`);
  return readNumbers(text, locale);
}

/** The figures of a sentence, as the fields a fact-checker compares. */
function brief(lang: string, sentence: string): Array<Pick<FigureReport, 'text' | 'kind' | 'value' | 'unit'>> {
  return figuresOf(lang, sentence).map(({ text, kind, value, unit }) => ({ text, kind, value, unit }));
}

function only(lang: string, sentence: string): FigureReport {
  const figures = figuresOf(lang, sentence);
  expect(figures.map((figure) => figure.text)).toHaveLength(1);
  return figures[0] as FigureReport;
}

describe('figures: numbers in every locale format', () => {
  it.each([
    ['fr', 'Le port a traité 1 234,5 tonnes de blé.', 1234.5],
    ['fr', 'Le port a traité 1\u00a0234,5 tonnes de blé.', 1234.5],
    ['fr', 'Le port a traité 1\u202f234,5 tonnes de blé.', 1234.5],
    ['fr', 'Le port a traité 1.234,5 tonnes de blé.', 1234.5],
    ['fr', 'On compte 525.000 morts selon le ministère.', 525000],
    ['fr', 'Le taux atteint 38,5 tonnes par hectare.', 38.5],
    ['en', 'The port handled 1,234.5 tonnes of wheat.', 1234.5],
    ['en', 'The port handled 1,100 tonnes of wheat.', 1100],
    ['en', 'The port handled 38.5 tonnes of wheat.', 38.5],
    ['en', "The port handled 1'234.5 tonnes of wheat.", 1234.5],
    ['en', 'The temperature fell to -3.5 °C overnight.', -3.5],
  ])('%s: %s', (lang, sentence, value) => {
    expect(only(lang, sentence).value).toBe(value);
  });
});

describe('figures: money', () => {
  it.each([
    ['fr', 'Les échanges ont atteint 38,5 milliards de dollars en 2022.', '38,5 milliards de dollars', 38_500_000_000, 'USD'],
    ['fr', 'Le budget prévoit 1,5 Md€ pour les routes.', '1,5 Md€', 1_500_000_000, 'EUR'],
    ['fr', 'La ville a reçu 3 M€ de subventions.', '3 M€', 3_000_000, 'EUR'],
    ['fr', 'Le club a dépensé 300 000 euros pour le stade.', '300 000 euros', 300_000, 'EUR'],
    ['fr', 'La facture s’élève à trois cents euros.', 'trois cents euros', 300, 'EUR'],
    ['fr', 'Le contrat vaut 12 millions de livres sterling.', '12 millions de livres sterling', 12_000_000, 'GBP'],
    ['en', 'Trade reached $38.5bn last year.', '$38.5bn', 38_500_000_000, 'USD'],
    ['en', 'The deal is worth £1.2bn to the region.', '£1.2bn', 1_200_000_000, 'GBP'],
    ['en', 'The firm paid $639m for the rights.', '$639m', 639_000_000, 'USD'],
    ['en', 'Rents rose to US$ 3,000 last month.', 'US$ 3,000', 3000, 'USD'],
    ['en', 'The council set aside 2 million euros for the bridge.', '2 million euros', 2_000_000, 'EUR'],
    ['en', 'A billion dollars was spent on the line.', 'A billion dollars', 1_000_000_000, 'USD'],
  ])('%s: %s', (lang, sentence, text, value, unit) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind: 'money', value, unit }]);
  });

  it('reads a bare "$" as the dollars the article names, US dollars otherwise', () => {
    expect(figuresOf('en', 'The mine cost C$ 40 million. Its owner now seeks $12 million more.').map((figure) => figure.unit)).toEqual(['CAD', 'CAD']);
    expect(figuresOf('en', 'Its owner now seeks $12 million more.').map((figure) => figure.unit)).toEqual(['USD']);
    expect(figuresOf('en', 'The mine cost C$ 40 million and US$ 3 million. Its owner now seeks $12 million.').map((figure) => figure.unit)).toEqual(['CAD', 'USD', 'USD']);
  });

  it('reads a French billion as a million millions', () => {
    expect(only('fr', 'La dette atteint deux billions d’euros.').value).toBe(2e12);
  });
});

describe('figures: percentages and points', () => {
  it.each([
    ['fr', 'Le chômage a baissé de 2,5 % sur l’année.', '2,5 %', 2.5, '%'],
    ['fr', 'Le chômage a baissé de 2,5 pour cent.', '2,5 pour cent', 2.5, '%'],
    ['fr', 'Le parti a perdu 3 points de pourcentage.', '3 points de pourcentage', 3, 'pp'],
    ['en', 'Prices rose 6.4% over the year.', '6.4%', 6.4, '%'],
    ['en', 'Prices rose 6.4 per cent over the year.', '6.4 per cent', 6.4, '%'],
    ['en', 'Support fell two percentage points.', 'two percentage points', 2, 'pp'],
  ])('%s: %s', (lang, sentence, text, value, unit) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind: 'percent', value, unit }]);
  });
});

describe('figures: counts, quantities and durations', () => {
  it.each([
    ['fr', 'Quelque 12 000 soldats sont déployés.', '12 000 soldats', 'count', 12000, null],
    ['fr', 'Les pays voisins ont signé 28 programmes.', '28 programmes', 'count', 28, null],
    ['fr', 'Il a attendu trois ans avant de revenir.', 'trois ans', 'duration', 3, 'year'],
    ['fr', 'La crise dure depuis un siècle.', 'un siècle', 'duration', 100, 'year'],
    ['fr', 'Vingt-huit personnes ont été blessées.', 'Vingt-huit personnes', 'count', 28, null],
    ['fr', 'Il a fêté ses quatre-vingt-dix-neuf ans.', 'quatre-vingt-dix-neuf ans', 'duration', 99, 'year'],
    ['fr', 'La ville compte deux millions d’habitants.', 'deux millions d’habitants', 'count', 2_000_000, null],
    ['fr', 'La route mesure 210 km de long.', '210 km', 'quantity', 210, 'km'],
    ['fr', 'Il a répété la consigne 9 fois.', '9 fois', 'count', 9, null],
    ['en', 'The paper cut 90 jobs in March.', '90 jobs', 'count', 90, null],
    ['en', 'Talks lasted three months.', 'three months', 'duration', 3, 'month'],
    ['en', 'He waited a year for the verdict.', 'a year', 'duration', 1, 'year'],
    ['en', 'The field holds 1.2 million barrels.', '1.2 million barrels', 'quantity', 1_200_000, 'bbl'],
    ['en', 'Two hundred and five people signed.', 'Two hundred and five people', 'count', 205, null],
    ['en', 'The track is one mile long.', 'one mile', 'quantity', 1, 'mi'],
  ])('%s: %s', (lang, sentence, text, kind, value, unit) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind, value, unit }]);
  });

  it('reads "a month" after a figure as its rate, not a duration', () => {
    expect(brief('en', 'Rents rose to US$ 3,000 a month.').map((figure) => figure.text)).toEqual(['US$ 3,000']);
  });

  it.each([
    ['fr', 'Il y a trois ans, la ville a fermé la gare.'],
    ['en', 'Two years later, the station reopened.'],
    ['de', 'Vor drei Jahren schloss die Stadt den Bahnhof.'],
    ['es', 'Hace tres años, la ciudad cerró la estación.'],
  ])('leaves the amount of a relative date to the date (%s)', (lang, sentence) => {
    expect(brief(lang, sentence)).toEqual([]);
  });

  it.each([
    ['es', 'Después de 53 años de historia, la fábrica cierra.', '53 años', 53],
    ['it', 'Dopo vent’anni di attesa, il ponte è pronto.', 'vent’anni', 20],
  ])('reads "after N years of …" as a duration, not a date (%s)', (lang, sentence, text, value) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind: 'duration', value, unit: 'year' }]);
  });

  it('reads an elided number word glued to its noun ("un\'ora", "trent\'anni")', () => {
    expect(brief('it', "Ci vuole più di un'ora.")).toEqual([{ text: "un'ora", kind: 'duration', value: 1, unit: 'hour' }]);
    expect(brief('it', "Ha lavorato trent'anni in fabbrica.")).toEqual([{ text: "trent'anni", kind: 'duration', value: 30, unit: 'year' }]);
    expect(brief('it', "L'ora è arrivata.")).toEqual([]);
  });

  it('reads "un an" alone as a duration', () => {
    expect(brief('fr', 'Le chômage a baissé en un an.')).toEqual([{ text: 'un an', kind: 'duration', value: 1, unit: 'year' }]);
  });

  it.each([
    ['de', 'Der 29-jährigen Studentin gefällt die Demo.', '29-jährigen'],
    ['en', 'A 29-year-old man was arrested.', '29-year-old'],
    ['ru', 'Суд оправдал 21-летней студентки.', '21-летней'],
  ])('reads an age as a quantity in years (%s)', (lang, sentence, text) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind: 'quantity', value: Number.parseInt(text, 10), unit: 'year' }]);
  });

  it('counts thousands written grouped even when their noun stands earlier (es "de los cuales 87.000")', () => {
    expect(brief('es', 'Movilizó a 300.000 reservistas, de los cuales 87.000 ya fueron enviados.').map((figure) => [figure.text, figure.value])).toEqual([
      ['300.000 reservistas', 300_000],
      ['87.000', 87_000],
    ]);
  });

  it('reads a year typed with a space as no count (fr "d’ici 2 027")', () => {
    expect(figuresOf('fr', 'Les effectifs doivent grandir d’ici 2 027.')).toEqual([]);
  });

  it('counts a bare number that counts what a count just before counted (pt "onde comem 70, comem 300")', () => {
    expect(figuresOf('pt', 'Lá em casa, eu já vi comendo 70 pessoas. Então, onde comem 70, comem 300.').map((figure) => [figure.text, figure.kind, figure.context])).toEqual([
      ['70 pessoas', 'count', 'pessoas'],
      ['70', 'count', 'pessoas'],
      ['300', 'count', 'pessoas'],
    ]);
  });

  it('leaves the digits of a phone number alone even after a count', () => {
    expect(figuresOf('fr', 'Douze soldats sont morts. Appelez le +33 1 23 45 67 89 ou le 06.12.34.56.78.').map((figure) => figure.text)).toEqual(['Douze soldats']);
  });

  it('leaves a bare number after a name alone ("Apollo 11")', () => {
    expect(figuresOf('en', 'Some 400 engineers worked on Apollo 11 in Houston.').map((figure) => figure.text)).toEqual(['400 engineers']);
  });

  it('reads a ratio as one quantity (fr "6 décès sur 10")', () => {
    expect(brief('fr', 'Environ 6 décès sur 10 n’ont pas été enregistrés.')).toEqual([{ text: '6 décès sur 10', kind: 'quantity', value: 0.6, unit: null }]);
  });

  it('reads no ratio where the second number measures something of its own (de "einer Laufzeit von 20 Jahren")', () => {
    expect(brief('de', 'Die Stadt nimmt einen Kredit mit einer Laufzeit von 20 Jahren auf.')).toEqual([{ text: '20 Jahren', kind: 'duration', value: 20, unit: 'year' }]);
    expect(brief('de', 'Einer von fünf Bürgern hat abgestimmt.')).toEqual([{ text: 'Einer von fünf', kind: 'quantity', value: 0.2, unit: null }]);
    expect(brief('de', 'Das Werk erzielte einen Umsatz von 412 Millionen Euro.')).toEqual([{ text: '412 Millionen Euro', kind: 'money', value: 412_000_000, unit: 'EUR' }]);
  });

  it('reads a rough group as an approximate count (fr "une dizaine de blessés")', () => {
    const figure = only('fr', 'On compte une dizaine de blessés.');
    expect(figure).toMatchObject({ text: 'une dizaine de blessés', kind: 'count', value: 10, approx: true });
  });
});

describe('figures: approximations and bounds', () => {
  it.each([
    ['de', 'Rund 40 000 Menschen demonstrierten.', true],
    ['es', 'Cerca de 2.000 personas protestaron.', true],
    ['it', 'Circa 40.000 persone hanno manifestato.', true],
    ['ru', 'Около 40 тысяч человек вышли на улицы.', true],
    ['fr', 'Près de 40 % des électeurs se sont abstenus.', true],
    ['fr', 'Environ 6 000 personnes ont défilé.', true],
    ['en', 'About 6,000 people marched.', true],
    ['en', 'Some 6,000 people marched.', true],
    ['en', '6,000 people marched.', false],
  ])('%s: %s', (lang, sentence, approx) => {
    expect(only(lang, sentence).approx).toBe(approx);
  });

  it.each([
    ['fr', 'Plus de 5 000 personnes ont défilé.', 'above'],
    ['fr', 'Au moins 5 000 personnes ont défilé.', 'at-least'],
    ['fr', 'Moins de 5 000 personnes ont défilé.', 'below'],
    ['fr', 'Jusqu’à 5 000 personnes ont défilé.', 'at-most'],
    ['en', 'More than 5,000 people marched.', 'above'],
    ['en', 'At least 5,000 people marched.', 'at-least'],
    ['en', 'Fewer than 5,000 people marched.', 'below'],
    ['en', 'Up to 5,000 people marched.', 'at-most'],
    ['en', '5,000 people marched.', null],
    ['de', 'Mehr als 5000 Menschen demonstrierten.', 'above'],
    ['es', 'Más de 2.000 personas protestaron.', 'above'],
    ['pl', 'Na ulice wyszło ponad 40 tys. osób.', 'above'],
  ])('%s: %s', (lang, sentence, bound) => {
    expect(only(lang, sentence).bound).toBe(bound);
  });

  it('counts a year-like number with a noun after "about" or "over", and leaves a bare year alone', () => {
    expect(brief('fr', 'Environ 2000 manifestants ont défilé, plus de 1950 selon la police.')).toEqual([
      { text: '2000 manifestants', kind: 'count', value: 2000, unit: null },
    ]);
    expect(brief('en', 'More than 2000 people marched in 2019.')).toEqual([{ text: '2000 people', kind: 'count', value: 2000, unit: null }]);
  });
});

describe('figures: ranges are their two ends, sharing scale and unit', () => {
  it.each([
    ['fr', 'Entre 10 et 15 % des électeurs ont voté blanc.', [['10', 10, '%'], ['15 %', 15, '%']]],
    ['fr', 'La pandémie a fait de 13 à 17 millions de morts.', [['13', 13_000_000, null], ['17 millions de morts', 17_000_000, null]]],
    ['en', 'Prices fell 10-15% last week.', [['10', 10, '%'], ['15%', 15, '%']]],
    ['en', 'The plan costs between $2bn and $3bn.', [['$2bn', 2e9, 'USD'], ['$3bn', 3e9, 'USD']]],
    ['de', 'Die Belegschaft wuchs von 200 auf 250 Mitarbeiter.', [['200', 200, null], ['250 Mitarbeiter', 250, null]]],
    ['de', 'Der Umsatz stieg von 1,2 auf 1,5 Milliarden Euro.', [['1,2', 1.2e9, 'EUR'], ['1,5 Milliarden Euro', 1.5e9, 'EUR']]],
    ['pt', 'As vendas passaram de 200 para 250 unidades.', [['200', 200, null], ['250 unidades', 250, null]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figuresOf(lang as string, sentence as string).map((figure) => [figure.text, figure.value, figure.unit])).toEqual(expected);
  });
});

describe('figures: a currency left out', () => {
  it.each([
    ['de', 'Der Bund übernimmt 3,2 Millionen Euro, das Land steuert 2,5 Millionen bei.', '2,5 Millionen', 'EUR'],
    ['en', 'The state gives £3.2m and the council 2.5 million.', '2.5 million', 'GBP'],
    ['fr', 'L’État verse 3 millions d’euros et la région 1,5 million.', '1,5 million', 'EUR'],
    ['it', 'Il costo è di 18,6 milioni di euro. Nove milioni, dice il sindaco, li mette il Comune.', 'Nove milioni', 'EUR'],
  ])('reads a scaled number counting nothing after money in its sentence as that money (%s)', (lang, sentence, text, unit) => {
    expect(figuresOf(lang, sentence).find((figure) => figure.text === text)).toMatchObject({ kind: 'money', unit });
  });

  it('carries the currency along a list, and reads no plural verb as the thing counted (it "Nove milioni arrivano")', () => {
    const figures = brief('it', 'Il costo è di 18,6 milioni di euro. Nove milioni arrivano dal Comune, 6,5 milioni dalla Regione e 2,4 milioni dal club.');
    expect(figures.map((figure) => [figure.text, figure.unit])).toEqual([['18,6 milioni di euro', 'EUR'], ['Nove milioni', 'EUR'], ['6,5 milioni', 'EUR'], ['2,4 milioni', 'EUR']]);
    expect(brief('it', 'Sono arrivati 300 lavoratori e 20 soldati romani.').map((figure) => figure.text)).toEqual(['300 lavoratori', '20 soldati romani']);
  });

  it('leaves a scaled number alone when it counts something, or stands in another sentence', () => {
    expect(figuresOf('de', 'Der Bund übernimmt 3,2 Millionen Euro, es kamen 2,5 Millionen Besucher.').map((figure) => figure.kind)).toEqual(['money', 'count']);
    expect(figuresOf('en', 'The state gives £3.2m. Some 2.5 million live there.').map((figure) => figure.kind)).toEqual(['money', 'count']);
  });
});

describe('figures: what is not a figure', () => {
  it.each([
    ['fr', 'a year', 'Le traité a été signé en 2019 à Minsk.'],
    ['fr', 'a date', 'Le sommet s’est tenu le 19 décembre à Minsk.'],
    ['es', 'a date with "de"', 'El proceso se extenderá hasta el próximo 31 de diciembre.'],
    ['fr', 'a numeric date', 'Le sommet s’est tenu le 19/12/2022 à Minsk.'],
    ['fr', 'a clock time', 'La réunion a commencé à 14 h 30 précises.'],
    ['fr', 'a clock time glued', 'La réunion a commencé à 14h30 précises.'],
    ['fr', 'an ordinal', 'Le 3e sommet s’ouvre au 1er étage.'],
    ['fr', 'a reference', 'L’article 5 du traité est invoqué, page 12.'],
    ['fr', 'a name with digits', 'Le G7 et la Covid-19 dominent l’A320 et la 5G.'],
    ['fr', 'an article', 'Un homme a vu une femme traverser.'],
    ['fr', 'a pronoun', 'Les dirigeants ont tous deux vivement critiqué le projet.'],
    ['fr', 'a vague group', 'Des milliers de manifestants ont défilé.'],
    ['es', 'a vague group', 'Miles de personas protestaron.'],
    ['en', 'a year', 'The treaty was signed in 2019 in Minsk.'],
    ['en', 'a date', 'The summit was held on December 19 in Minsk.'],
    ['en', 'a clock time', 'The meeting started at 10:30 sharp.'],
    ['en', 'an ordinal', 'It was the 21st summit and the 3rd in Minsk.'],
    ['en', 'a reference', 'Article 5 of the treaty, on page 12, was cited.'],
    ['en', 'a phone number', 'Call 01 23 45 67 89 for details.'],
    ['fr', 'an international phone number', 'Appelez le +33 1 23 45 67 89 pour en savoir plus.'],
    ['en', 'an article', 'A man saw a woman cross an empty road.'],
    ['en', 'a year before a noun', 'Its 2003 results were restated.'],
    ['en', 'a heading in capitals', 'Share this story. 1 COMMENT'],
  ])('%s: %s', (lang, _what, sentence) => {
    expect(figuresOf(lang, sentence)).toEqual([]);
  });
});

describe('figures: context', () => {
  it('names what a count counts', () => {
    expect(only('fr', 'Quelque 12 000 soldats russes sont déployés.').context).toBe('soldats russes');
  });

  it('names what a figure measures from the subject of its sentence', () => {
    expect(only('fr', '« Nos échanges commerciaux, même avant la crise, étaient en pleine ascension pour atteindre 38,5 milliards de dollars », a-t-il dit.').context).toBe('échanges commerciaux');
    expect(only('en', 'Inflation rose 6.4% in May.').context).toBe('Inflation');
  });

  it('takes no speaker for the subject of a figure', () => {
    expect(only('en', 'Scott said profits rose 5% in May.').context).toBeNull();
  });

  it('names what money measures, after it', () => {
    expect(only('fr', 'Ils visent 38,5 milliards de dollars d’échanges commerciaux.').context).toBe('échanges commerciaux');
  });
});

describe('figures: the other languages', () => {
  it.each([
    ['de', 'Der Konzern investiert 1,5 Mrd. Euro in Wasserstoff.', '1,5 Mrd. Euro', 'money', 1_500_000_000, 'EUR'],
    ['de', 'Rund 40 000 Teilnehmer kamen zur Demonstration.', '40 000 Teilnehmer', 'count', 40_000, null],
    ['de', 'Die Preise stiegen um 2,5 Prozent.', '2,5 Prozent', 'percent', 2.5, '%'],
    ['de', 'Die Verhandlungen dauerten drei Wochen.', 'drei Wochen', 'duration', 3, 'week'],
    ['de', 'Es kamen fünfundzwanzig Kinder.', 'fünfundzwanzig Kinder', 'count', 25, null],
    ['es', 'El Gobierno destinará 2.500 millones de euros al plan.', '2.500 millones de euros', 'money', 2_500_000_000, 'EUR'],
    ['es', 'La carretera tiene 210 kilómetros de largo.', '210 kilómetros', 'quantity', 210, 'km'],
    ['es', 'Unos 120.000 jóvenes se manifestaron.', '120.000 jóvenes', 'count', 120_000, null],
    ['it', 'Il governo ha stanziato 3 miliardi di euro.', '3 miliardi di euro', 'money', 3_000_000_000, 'EUR'],
    ['it', 'In piazza c’erano ventotto persone.', 'ventotto persone', 'count', 28, null],
    ['it', 'Hanno sfilato 10mila manifestanti.', '10mila manifestanti', 'count', 10_000, null],
    ['pt', 'O partido recebeu R$ 30 milhões do fundo.', 'R$ 30 milhões', 'money', 30_000_000, 'BRL'],
    ['pt', 'A inflação subiu 4,5% no ano.', '4,5%', 'percent', 4.5, '%'],
    ['ru', 'Бюджет составил 40 млн рублей.', '40 млн рублей', 'money', 40_000_000, 'RUB'],
    ['ru', 'Инфляция составила 5,4 процента.', '5,4 процента', 'percent', 5.4, '%'],
    ['ru', 'Около 40 тысяч человек вышли на улицы.', '40 тысяч человек', 'count', 40_000, null],
    ['pl', 'Rząd przeznaczył 2,5 mld zł na drogi.', '2,5 mld zł', 'money', 2_500_000_000, 'PLN'],
    ['pl', 'Na ulice wyszło ponad 40 tys. osób.', '40 tys. osób', 'count', 40_000, null],
    ['pl', 'Inflacja wzrosła o 5,4 proc.', '5,4 proc.', 'percent', 5.4, '%'],
    ['nl', 'De regering trekt 2,5 miljard euro uit voor wegen.', '2,5 miljard euro', 'money', 2_500_000_000, 'EUR'],
    ['nl', 'De inflatie steeg met 5,4 procent.', '5,4 procent', 'percent', 5.4, '%'],
    ['it', 'Hanno manifestato per tre settimane.', 'tre settimane', 'duration', 3, 'week'],
    ['pt', 'Cerca de 40 mil pessoas protestaram.', '40 mil pessoas', 'count', 40_000, null],
  ])('%s: %s', (lang, sentence, text, kind, value, unit) => {
    expect(brief(lang, sentence)).toEqual([{ text, kind, value, unit }]);
  });

  it.each([
    ['de', 'a year with its year word', 'Das Gesetz stammt aus dem Jahr 2016.'],
    ['ru', 'a year with its year word', 'Закон был принят в 2016 году.'],
    ['de', 'a number before a verb', 'Die Turbine soll am Montag Nummer 1 geliefert werden.'],
  ])('%s: not a figure: %s', (lang, _what, sentence) => {
    expect(figuresOf(lang, sentence)).toEqual([]);
  });
});

describe('numbers: spoken forms, read under figures', () => {
  it.each([
    ['en', 'Two thirds of the budget went to roads.', 2 / 3],
    ['en', 'It took one and a half hours.', 1.5],
    ['en', 'The reading was two hundred point zero three.', 200.03],
    ['en', 'The temperature fell to minus five.', -5],
    ['fr', 'Il en reste trois quarts.', 0.75],
    ['fr', 'La séance a duré un et demi.', 1.5],
    ['fr', 'Le compteur affiche deux cent virgule trois.', 200.3],
    ['fr', 'Au moins cinq.', 5],
  ])('%s: %s', (lang, sentence, value) => {
    const numbers = numbersOf(lang, sentence);
    expect(numbers).toHaveLength(1);
    expect(numbers[0]?.value).toBeCloseTo(value, 9);
  });

  it('counts quarters when they are periods ("three quarters to September")', () => {
    expect(numbersOf('en', 'Profits rose in three quarters to September.').map((number) => number.value)).toEqual([3]);
  });

  it('reads "1,5 Md€" and "10k" as scaled numbers, and leaves "180ml" and "4th" alone', () => {
    expect(numbersOf('en', 'They raised 10k and 1.2b; the 180ml bottle came 4th.').map((number) => [number.text, number.value])).toEqual([
      ['10k', 10_000],
      ['1.2b', 1_200_000_000],
    ]);
  });
});

describe('figures: fractions of a scale', () => {
  it.each([
    ['en', 'The plan costs half a million dollars.', 'half a million dollars', 500_000],
    ['en', 'They raised a quarter million euros.', 'a quarter million euros', 250_000],
    ['en', 'The population is 3 million and a half.', '3 million and a half', 3_500_000],
    ['fr', 'Il y a un million et demi de personnes.', 'un million et demi de personnes', 1_500_000],
    ['fr', 'La dette atteint 3 milliards et demi d’euros.', '3 milliards et demi d’euros', 3_500_000_000],
  ])('%s: %s', (lang, sentence, text, value) => {
    expect(only(lang, sentence)).toMatchObject({ text, value });
  });
});

describe('figures: a percentage named before its number', () => {
  it.each([
    ['en', 'The rate is per cent of twenty-two.', 'per cent of twenty-two', 22],
    ['fr', 'Le taux atteint un pourcentage de vingt.', 'pourcentage de vingt', 20],
  ])('%s: %s', (lang, sentence, text, value) => {
    expect(only(lang, sentence)).toMatchObject({ text, kind: 'percent', value, unit: '%' });
  });

  it('keeps "40 per cent of 2,000 voters" as a percentage and a count', () => {
    expect(figuresOf('en', '40 per cent of 2,000 voters said no.').map((figure) => figure.text)).toEqual(['40 per cent', '2,000 voters']);
  });
});

describe('numbers: a whole and a fraction after a joiner', () => {
  it.each([
    ['en', 'one hundred and three quarters', 100.75],
    ['en', 'three hundred and two dozens', 324],
    ['fr', 'vingt et trois cinquièmes', 20.6],
    ['fr', 'vingt et un cinquièmes', 4.2],
  ])('%s: %s', (lang, phrase, value) => {
    expect(numbersOf(lang, phrase).map((number) => number.value)).toEqual([expect.closeTo(value, 9)]);
  });
});

describe('numbers: more written forms', () => {
  it.each([
    ['en', 'I can give you 3 hundred and 21 yuan.', [321]],
    ['en', 'Exercises 22,24,26,31 are due.', [22, 24, 26, 31]],
    ['en', 'The rate was .08 last year.', [0.08]],
    ['en', 'The total is fifty - two.', [52]],
    ['en', 'That one is really good.', []],
    ['en', 'I want to earn $10000 in 3 years.', [10000, 3]],
  ])('%s: %s', (lang, sentence, values) => {
    expect(numbersOf(lang, sentence).map((number) => number.value)).toEqual(values);
  });
});

describe('figures: what the bounds and the sentence say', () => {
  it('reads "over three years" as a span of time, not a bound', () => {
    expect(only('en', 'Tariffs will fall over three years.').bound).toBeNull();
  });

  it('finds the sentence start past a decimal point', () => {
    const figures = figuresOf('en', 'The deal covers trade worth $38.5bn and should raise exports by 2.5% next year.');
    expect(figures.map((figure) => figure.context)).toEqual(['deal', 'deal']);
  });
});
