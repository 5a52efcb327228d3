import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ARTICLE = [
  'Sommet à Minsk',
  '',
  'Ce lundi 19 décembre, un sommet s’est tenu à Minsk. En février 2019, les deux chefs ont skié ensemble. Deux ans plus tard, ils ont signé un plan.',
  '',
  'Les manœuvres ont commencé hier. Le général a parlé ce mardi 20 décembre, et vendredi dernier déjà.',
  '',
].join('\n');

function datesUnder(timeZone: string, args: string[]): unknown {
  const run = runCli(['--format', 'json', '--lang', 'fr', ...args, '-'], { input: ARTICLE, env: { TZ: timeZone, LANG: 'C', LC_ALL: 'C' } });
  expect(run.stderr).toBe('');
  const [report] = JSON.parse(run.stdout) as Array<{ referenceDate: unknown; dates: Array<{ text: string; value: string | null }> }>;
  return { referenceDate: report?.referenceDate, dates: report?.dates.map((date) => [date.text, date.value]) };
}

describe('dates do not depend on the time zone', () => {
  it.each([[[]], [['--date', '2022-12-20']]])('gives the same dates in every zone (%j)', (args) => {
    const utc = datesUnder('UTC', args);
    expect(datesUnder('Pacific/Kiritimati', args)).toEqual(utc);
    expect(datesUnder('America/Los_Angeles', args)).toEqual(utc);
    expect(utc).toMatchObject({
      referenceDate: { value: '2022-12-20' },
      dates: [
        ['Ce lundi 19 décembre', '2022-12-19'],
        ['février 2019', '2019-02'],
        ['Deux ans plus tard', '2021'],
        ['hier', '2022-12-19'],
        ['ce mardi 20 décembre', '2022-12-20'],
        ['vendredi dernier', '2022-12-16'],
      ],
    });
  });
});
