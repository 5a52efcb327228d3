import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/analyse.js';
import { findLanguage } from '../../src/language/languages.js';
import type { ArticleReport, DateReport } from '../../src/report/types.js';
import { article, expectSpanOf } from './helpers.js';

/** A fixed "today" for the tests: inference never reads the clock. */
const TODAY = '2026-11-24';

function report(lang: string, text: string, referenceDate?: string): ArticleReport {
  const language = findLanguage(lang);
  if (!language) throw new Error(`unknown language ${lang}`);
  const result = analyseText('fixture.txt', text, 'utf-8', { language, referenceDate, today: TODAY });
  for (const date of result.dates) expectSpanOf(text, date, date.text);
  return result;
}

function datesOf(lang: string, paragraph: string, referenceDate?: string): DateReport[] {
  return report(lang, article('Titre', paragraph), referenceDate).dates;
}

/** Text and value of each date, as a fact-checker reads them. */
function brief(lang: string, paragraph: string, referenceDate?: string): Array<[string, string | null]> {
  return datesOf(lang, paragraph, referenceDate).map((date) => [date.text, date.endValue ? `${date.value}/${date.endValue}` : date.value]);
}

describe('dates: absolute and year-less expressions', () => {
  it.each([
    ['fr', 'Le traité a été signé le 19 décembre 2022 à Minsk.', [['19 décembre 2022', '2022-12-19']]],
    ['fr', 'Les chiffres couvrent la période allant du 1er janvier 2020 au 31 décembre 2021.', [['du 1er janvier 2020 au 31 décembre 2021', '2020-01-01/2021-12-31']]],
    ['fr', 'La loi du 4 août a été votée en urgence.', [['4 août', '2022-08-04']]],
    ['fr', 'Le formulaire daté du 19/12/2022 a été retrouvé.', [['19/12/2022', '2022-12-19']]],
    ['fr', 'Le fichier porte la date 2022-12-19 en en-tête.', [['2022-12-19', '2022-12-19']]],
    ['en', 'The treaty was signed on December 19, 2022 in Minsk.', [['December 19, 2022', '2022-12-19']]],
    ['en', 'The treaty was signed on 19 December 2022 in Minsk.', [['19 December 2022', '2022-12-19']]],
    ['en', 'The vote is set for the 4th of August.', [['4th of August', '2022-08-04']]],
    ['en', 'The form dated 12/19/2022 was found.', [['12/19/2022', '2022-12-19']]],
  ] as const)('%s: %s', (lang, paragraph, expected) => {
    expect(brief(lang, paragraph, '2022-12-20')).toEqual(expected);
  });

  it('takes the nearest year for a date without one, and marks the year as implied', () => {
    const [date] = datesOf('fr', 'La réunion du 4 février a été reportée.', '2022-12-20');
    expect(date?.value).toBe('2023-02-04');
    expect(date?.stated).toEqual({ year: null, month: 2, day: 4, weekday: null });
    const [past] = datesOf('fr', 'La réunion du 4 octobre a été reportée.', '2022-12-20');
    expect(past?.value).toBe('2022-10-04');
  });

  it('reads month and year, years, ranges and lists sharing their year', () => {
    expect(brief('fr', 'En février 2019, ils ont skié ensemble. Il a été élu en 1994, puis réélu entre 2001 et 2020.')).toEqual([
      ['février 2019', '2019-02'],
      ['1994', '1994'],
      ['entre 2001 et 2020', '2001/2020'],
    ]);
    expect(brief('fr', 'Une dizaine de refoulements ont eu lieu entre avril et décembre 2020.')).toEqual([['entre avril et décembre 2020', '2020-04/2020-12']]);
    expect(brief('en', 'Sales fell between 2001 and 2004, and rose in the 2010–2015 period.')).toEqual([
      ['between 2001 and 2004', '2001/2004'],
      ['2010–2015', '2010/2015'],
    ]);
    expect(brief('en', 'TimeWarner has to restate 2000 and 2003 results.')).toEqual([
      ['2000', '2000'],
      ['2003', '2003'],
    ]);
  });

  it('reads a month alone only after a cue, and never a modal verb or a planet', () => {
    expect(brief('fr', 'Les travaux reprendront en juin.', '2023-02-01')).toEqual([['juin', '2023-06']]);
    expect(brief('en', 'The plant will reopen in June.', '2023-02-01')).toEqual([['June', '2023-06']]);
    expect(brief('en', 'The minister may resign, and the talks may fail.', '2022-12-20')).toEqual([]);
    expect(brief('fr', 'La sonde a photographié Mars et Vénus.', '2022-12-20')).toEqual([]);
  });

  it('leaves out clock times, figures, durations and vague words', () => {
    expect(brief('fr', 'Il est arrivé à 14h30. Récemment, 2 000 soldats ont été déployés pour trois ans.', '2022-12-20')).toEqual([]);
    expect(brief('en', 'Lately, 1,500 troops were sent for three years; the rate is 38.5 per cent.', '2022-12-20')).toEqual([]);
    expect(brief('fr', 'Environ 2000 manifestants ont défilé depuis 2019.', '2022-12-20')).toEqual([['2019', '2019']]);
  });

  it('reads centuries and decades as ranges of years', () => {
    expect(brief('fr', 'Les spectres du XXe siècle sont revenus, comme dans les années 1960.')).toEqual([
      ['XXe siècle', '1901/2000'],
      ['années 1960', '1960/1969'],
    ]);
    expect(brief('en', 'Unlike the 1960s, the 21st century is calm.')).toEqual([
      ['1960s', '1960/1969'],
      ['21st century', '2001/2100'],
    ]);
  });
});

describe('dates: relative to the reference date', () => {
  it.each([
    ['fr', 'Les manœuvres ont commencé hier.', [['hier', '2022-12-19']]],
    ['fr', "Avant-hier, aujourd'hui et demain, la ville est fermée.", [['Avant-hier', '2022-12-18'], ["aujourd'hui", '2022-12-20'], ['demain', '2022-12-21']]],
    ['fr', 'La mission a été renouvelée la semaine dernière.', [['semaine dernière', '2022-12-12/2022-12-18']]],
    ['fr', "Il a quitté le parti l'an dernier et reviendra l'an prochain.", [['an dernier', '2021'], ['an prochain', '2023']]],
    ['fr', 'Il a été élu il y a trois ans.', [['il y a trois ans', '2019']]],
    ['fr', 'Ils se sont engagés en juin dernier à coopérer.', [['juin dernier', '2022-06']]],
    ['fr', 'Il a démissionné vendredi dernier.', [['vendredi dernier', '2022-12-16']]],
    ['fr', 'Le budget sera voté le mois prochain, et cette année restera difficile.', [['mois prochain', '2023-01'], ['cette année', '2022']]],
    ['en', 'Shares fell yesterday and will recover tomorrow.', [['yesterday', '2022-12-19'], ['tomorrow', '2022-12-21']]],
    ['en', 'The firm was sold last year, and the deal closed last week.', [['last year', '2021'], ['last week', '2022-12-12/2022-12-18']]],
    ['en', 'He resigned three years ago.', [['three years ago', '2019']]],
    ['en', 'She left last Friday, and returns next Monday.', [['last Friday', '2022-12-16'], ['next Monday', '2022-12-26']]],
  ] as const)('%s: %s', (lang, paragraph, expected) => {
    expect(brief(lang, paragraph, '2022-12-20')).toEqual(expected);
  });

  it('takes a weekday alone as the nearest one', () => {
    // 2022-07-09 is a Saturday: Thursday and Friday were this week, Monday is the next.
    expect(brief('en', 'Parliament voted on Thursday and the Senate on Friday; the pipeline restarts on Monday.', '2022-07-09')).toEqual([
      ['Thursday', '2022-07-07'],
      ['Friday', '2022-07-08'],
      ['Monday', '2022-07-11'],
    ]);
  });

  it('reads parts of periods at the precision of the period', () => {
    expect(brief('fr', 'Ils redoutent une attaque en début 2023. Le sommet aura lieu à la mi-mars. Et fin 2024, rien.', '2022-12-20')).toEqual([
      ['début 2023', '2023'],
      ['à la mi-mars', '2023-03'],
      ['fin 2024', '2024'],
    ]);
    expect(brief('en', 'A decision is expected early next year, and a report later this year.', '2022-12-20')).toEqual([
      ['early next year', '2023'],
      ['later this year', '2022'],
    ]);
  });

  it.each([
    ['fr', "Le chantier sera achevé à la fin de l'année, plus tard dans l'année que prévu.", [["à la fin de l'année", '2022'], ["plus tard dans l'année", '2022']]],
    ['en', 'He may retire later in the year, and the board meets at the start of the month.', [['later in the year', '2022'], ['at the start of the month', null]]],
    ['de', 'Ende des Jahres soll die Strecke fertig sein.', [['Ende des Jahres', '2022']]],
    ['es', 'La obra terminará a finales del año.', [['a finales del año', '2022']]],
    ['it', "Il cantiere chiuderà alla fine dell'anno.", [["alla fine dell'anno", '2022']]],
    ['pt', 'A obra termina no fim do ano.', [['no fim do ano', '2022']]],
  ] as const)('reads a part of "the year" or "the month" as the period under discussion (%s)', (lang, text, expected) => {
    // The period is the last date's, else the article's; a month after a year-only date is unknown.
    expect(brief(lang, text, '2022-12-20')).toEqual(expected);
  });

  it('takes "the year" of a part from the date just mentioned', () => {
    expect(brief('en', 'He won in 2019. Later in the year he resigned; at the end of the month, another went.', '2022-12-20')).toEqual([
      ['2019', '2019'],
      ['Later in the year', '2019'],
      ['at the end of the month', null],
    ]);
    expect(brief('fr', "Hier, il a parlé. Au début du mois, il s'était tu.", '2022-12-20')).toEqual([
      ['Hier', '2022-12-19'],
      ['Au début du mois', '2022-12'],
    ]);
  });

  it('reads seasons after a cue or a shift, never the participle "été"', () => {
    expect(brief('fr', "Les centrales seront prêtes à l'automne, et l'hiver dernier a été doux.", '2022-07-09')).toEqual([
      ['automne', '2022'],
      ['hiver dernier', '2021'],
    ]);
  });

  it('leaves relative dates unresolved without a reference date', () => {
    const dates = datesOf('fr', 'Il est parti hier, il y a trois ans jour pour jour après son élection.');
    expect(dates.map((date) => [date.text, date.value])).toEqual([
      ['hier', null],
      ['il y a trois ans', null],
    ]);
  });
});

describe('dates: relative to another date of the text', () => {
  it.each([
    ['fr', 'En février 2019, ils ont skié ensemble. Deux ans plus tard, ils ont signé un plan.', [['février 2019', '2019-02'], ['Deux ans plus tard', '2021']]],
    ['fr', 'Le sommet s\'est ouvert le 5 mai 2021. Le lendemain, les ministres sont partis.', [['5 mai 2021', '2021-05-05'], ['lendemain', '2021-05-06']]],
    ['fr', "Il a été élu en 2014, et réélu l'année suivante.", [['2014', '2014'], ['année suivante', '2015']]],
    ['en', 'The plant opened in 2010. Three years later, it closed; the following year it was sold.', [['2010', '2010'], ['Three years later', '2013'], ['following year', '2014']]],
    ['en', 'The firm was founded on 3 March 2001. The next day, its shares rose.', [['3 March 2001', '2001-03-03'], ['The next day', '2001-03-04']]],
  ] as const)('%s: %s', (lang, paragraph, expected) => {
    const dates = datesOf(lang, paragraph);
    expect(dates.map((date) => [date.text, date.value])).toEqual(expected);
    expect(dates.map((date) => date.relative)).toEqual(expected.map((_, i) => i > 0));
  });

  it('stays null when the date before is not precise enough', () => {
    expect(brief('fr', 'En 2019, ils ont skié. Le lendemain, ils sont rentrés.')).toEqual([
      ['2019', '2019'],
      ['lendemain', null],
    ]);
  });
});

describe('dates: the reference date', () => {
  const seedLike = article(
    'Sommet à Minsk',
    'Ce lundi 19 décembre, un sommet s’est tenu à Minsk. Il avait été élu en 1994, puis réélu entre 2001 et 2020.',
    'Les manœuvres ont commencé depuis hier, et une attaque est redoutée en début 2023.',
    'Le général a affirmé ce mardi 20 décembre voir une menace.',
  );

  it('is inferred from weekday–date pairs and the latest "this day" date', () => {
    const result = report('fr', seedLike);
    expect(result.referenceDate.value).toBe('2022-12-20');
    expect(result.referenceDate.source).toBe('inferred');
    expect(result.referenceDate.evidence?.text).toBe('ce mardi 20 décembre');
    expect(result.dates.find((date) => date.text === 'hier')?.value).toBe('2022-12-19');
    expect(result.dates.find((date) => date.text === 'Ce lundi 19 décembre')).toMatchObject({ value: '2022-12-19', deictic: true, stated: { year: null, month: 12, day: 19, weekday: 1 } });
  });

  it('is given by --date before anything the text says', () => {
    const result = report('fr', seedLike, '2016-12-20');
    expect(result.referenceDate).toMatchObject({ value: '2016-12-20', source: 'option', evidence: null });
    expect(result.dates.find((date) => date.text === 'hier')?.value).toBe('2016-12-19');
  });

  it('takes the latest year not after today when the article states none', () => {
    const text = article('Titre', 'Le chancelier a déclaré ce mardi 28 juin que le G7 restait uni.');
    expect(report('fr', text).referenceDate.value).toBe('2022-06-28');
  });

  it('takes the latest year not after today that the stated years allow, not the one nearest them', () => {
    // Thursday 9 November: 2017 and 2023. A year stated as past (2019) rules 2017 out.
    const recent = article('Titolo', 'Giovedì 9 novembre il reparto ha chiuso. Nel 2019 i parti erano 300.');
    expect(report('it', recent).referenceDate.value).toBe('2023-11-09');
    // Sunday 7 July: 2002, 2013, 2019, 2024. A flood of 2002 recalled is history, not the article's year.
    const history = article('Titel', 'Am Sonntag, 7. Juli, stand die Altstadt unter Wasser. Das letzte Hochwasser hatte die Stadt im August 2002 getroffen.');
    expect(report('de', history).referenceDate.value).toBe('2024-07-07');
    // A year after today is a plan: it does not move the article's year.
    const plan = article('Titre', 'Le chancelier a déclaré ce mardi 28 juin que le G7 visait la neutralité en 2045.');
    expect(report('fr', plan).referenceDate.value).toBe('2022-06-28');
  });

  it('is none, and says why, when the weekdays disagree with every year', () => {
    const text = article('Titre', 'Ce lundi 19 décembre, un sommet. Ce lundi 20 décembre, un autre.', 'Hier, rien.');
    const result = report('fr', text);
    expect(result.referenceDate.value).toBeNull();
    expect(result.referenceDate.source).toBe('none');
    expect(result.referenceDate.note).toMatch(/fit no single year/u);
    expect(result.dates.find((date) => date.text === 'Hier')?.value).toBeNull();
  });

  it('is read from a publication stamp', () => {
    const text = article('Titre', 'Publié le 9 juillet 2022', 'Le Bundestag a voté jeudi, le Bundesrat vendredi.');
    const result = report('fr', text);
    expect(result.referenceDate).toMatchObject({ value: '2022-07-09', source: 'inferred' });
    expect(result.dates.map((date) => date.value)).toEqual(['2022-07-09', '2022-07-07', '2022-07-08']);
  });

  it('is none without evidence: never today', () => {
    const result = report('en', article('Title', 'Shares fell yesterday, on Friday, after the report.'));
    expect(result.referenceDate).toMatchObject({ value: null, source: 'none' });
    expect(result.dates.map((date) => date.value)).toEqual([null, null]);
  });
});

describe('dates: every language from its own word lists', () => {
  // 2022-11-01 is a Tuesday.
  it.each([
    ['de', 'Der Bundestag stimmte am Donnerstag, dem 19. Dezember 2019, zu; am 09.07.2022 folgte der Bundesrat.', [['Donnerstag', '2022-11-03'], ['19. Dezember 2019', '2019-12-19'], ['09.07.2022', '2022-07-09']]],
    ['de', 'Gestern sagte er, vor sieben Jahren sei es anders gewesen. Zwei Jahre später kam die Wende.', [['Gestern', '2022-10-31'], ['vor sieben Jahren', '2015'], ['Zwei Jahre später', '2017']]],
    ['de', 'Im vergangenen Jahr und in diesem Jahr; nächste Woche; Anfang 2023 und Ende Juni; im Herbst.', [['vergangenen Jahr', '2021'], ['diesem Jahr', '2022'], ['nächste Woche', '2022-11-07/2022-11-13'], ['Anfang 2023', '2023'], ['Ende Juni', '2022-06'], ['Herbst', '2022']]],
    ['de', 'Am Morgen kam er, und morgen geht er wieder.', [['morgen', '2022-11-02']]],
    ['es', 'El pasado viernes, el 21 de septiembre y hasta el próximo 31 de diciembre; ayer y hoy.', [['pasado viernes', '2022-10-28'], ['21 de septiembre', '2022-09-21'], ['próximo 31 de diciembre', '2022-12-31'], ['ayer', '2022-10-31'], ['hoy', '2022-11-01']]],
    ['es', 'Hace dos años, en marzo o abril de 2023, a finales de 2021, la semana pasada, el año que viene.', [['Hace dos años', '2020'], ['marzo', '2023-03'], ['abril de 2023', '2023-04'], ['a finales de 2021', '2021'], ['semana pasada', '2022-10-24/2022-10-30'], ['año que viene', '2023']]],
    ['es', 'Entre el 1 de mayo y el 20 de septiembre de este año, y por la mañana, el día 5 de mayo.', [['Entre el 1 de mayo y el 20 de septiembre de este año', '2022-05-01/2022-09-20'], ['el día 5 de mayo', '2022-05-05']]],
    ['it', 'Ieri, il 9 maggio, un anno fa, 20 anni fa, nel gennaio 2020, il 16 luglio 2016, la settimana scorsa.', [['Ieri', '2022-10-31'], ['9 maggio', '2022-05-09'], ['un anno fa', '2021'], ['20 anni fa', '2002'], ['gennaio 2020', '2020-01'], ['16 luglio 2016', '2016-07-16'], ['settimana scorsa', '2022-10-24/2022-10-30']]],
    ['it', "Alla fine del 2023, a metà giugno, l'anno prossimo, lunedì scorso, dal 2001 al 2020.", [['Alla fine del 2023', '2023'], ['a metà giugno', '2022-06'], ['anno prossimo', '2023'], ['lunedì scorso', '2022-10-31'], ['dal 2001 al 2020', '2001/2020']]],
    ['pt', 'Ontem, hoje, em março, no ano passado, em julho do ano passado, na quinta-feira (2), no dia 5.', [['Ontem', '2022-10-31'], ['hoje', '2022-11-01'], ['março', '2023-03'], ['ano passado', '2021'], ['julho do ano passado', '2021-07'], ['quinta-feira (2)', '2022-11-02'], ['no dia 5', '2022-11-05']]],
    ['pt', 'Em maio de 2013, no ano seguinte, há dois anos, na próxima semana, no início de 2023.', [['maio de 2013', '2013-05'], ['ano seguinte', '2014'], ['há dois anos', '2020'], ['próxima semana', '2022-11-07/2022-11-13'], ['no início de 2023', '2023']]],
    ['pt', 'Na segunda fase, na quinta edição; na sexta, o ministro falou.', [['sexta', '2022-11-04']]],
    ['es', 'El puente se vino abajo el domingo en la madrugada; Domingo Pérez lo vio.', [['domingo', '2022-10-30']]],
    ['pl', 'Wczoraj, w poniedziałek, 19 grudnia 2022 r., w 2016 roku, pod koniec lipca, w połowie sierpnia, dwa lata temu.', [['Wczoraj', '2022-10-31'], ['poniedziałek, 19 grudnia 2022 r.', '2022-12-19'], ['2016 roku', '2016'], ['pod koniec lipca', '2022-07'], ['w połowie sierpnia', '2022-08'], ['dwa lata temu', '2020']]],
    ['pl', 'W zeszłym roku, w przyszłym tygodniu, latem, na piątkowej konferencji.', [['zeszłym roku', '2021'], ['przyszłym tygodniu', '2022-11-07/2022-11-13'], ['latem', '2022'], ['piątkowej', '2022-11-04']]],
    ['ru', 'Вчера, в пятницу, 19 декабря 2022 года, в 2016 году, в 1973-м, в конце 1960-х, три года назад.', [['Вчера', '2022-10-31'], ['пятницу, 19 декабря 2022 года', '2022-12-19'], ['2016 году', '2016'], ['1973-м', '1973'], ['в конце 1960-х', '1960/1969'], ['три года назад', '2019']]],
    ['ru', 'В прошлом году, летом, в XX веке, 1-го мая, с 2001 по 2020 год.', [['прошлом году', '2021'], ['летом', '2022'], ['XX веке', '1901/2000'], ['1-го мая', '2023-05-01'], ['с 2001 по 2020 год', '2001/2020']]],
    ['nl', 'Gisteren, op maandag 19 december 2022, vorig jaar, volgende week, twee jaar geleden, begin 2023, in de zomer.', [['Gisteren', '2022-10-31'], ['maandag 19 december 2022', '2022-12-19'], ['vorig jaar', '2021'], ['volgende week', '2022-11-07/2022-11-13'], ['twee jaar geleden', '2020'], ['begin 2023', '2023'], ['zomer', '2022']]],
    ['en', 'In the fourth quarter, Q4 2004, in the 1990s, since 2002, early 2023, mid-June.', [['fourth quarter', '2022-10/2022-12'], ['Q4 2004', '2004-10/2004-12'], ['1990s', '1990/1999'], ['2002', '2002'], ['early 2023', '2023'], ['mid-June', '2022-06']]],
    ['fr', '— Victor (@victor) July 7, 2022', [['July 7, 2022', '2022-07-07']]],
  ] as const)('%s: %s', (lang, paragraph, expected) => {
    expect(brief(lang, paragraph, '2022-11-01')).toEqual(expected);
  });

  it('counts from the date just mentioned in every language', () => {
    expect(brief('es', 'En 2019 firmaron el acuerdo. Dos años después, lo rompieron.')).toEqual([['2019', '2019'], ['Dos años después', '2021']]);
    expect(brief('pl', 'Umowę podpisano 5 maja 2021 r. Tego samego dnia minister wyjechał.')).toEqual([['5 maja 2021 r.', '2021-05-05'], ['Tego samego dnia', '2021-05-05']]);
    expect(brief('ru', 'Договор подписали 5 мая 2021 года. На следующий день министр уехал.')).toEqual([['5 мая 2021 года', '2021-05-05'], ['На следующий день', '2021-05-06']]);
  });
});
