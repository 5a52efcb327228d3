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
