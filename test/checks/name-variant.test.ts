import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

/** What each name-variant finding points at, and the spelling it is compared with. */
function variants(lang: string, paragraphs: string[]): Array<[string, string]> {
  return findingsOf('name-variant', lang, paragraphs).map((finding) => [textAt(paragraphs, finding), finding.related[0]?.text ?? '']);
}

describe('name-variant', () => {
  it('flags a transliteration variant against the usual spelling', () => {
    const paragraphs = [
      'Vladimir Poutine a rencontré Alexandre Lukachenko à Minsk.',
      'Le président russe, fidèle allié de Loukachenko, a été bien accueilli. Lukachenko a parlé longuement.',
    ];
    expect(variants('fr', paragraphs)).toEqual([['Loukachenko', 'Lukachenko']]);
    const [finding] = findingsOf('name-variant', 'fr', paragraphs);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe("'Loukachenko' (line 5) is written 'Lukachenko' elsewhere (2 times, first at line 3): one name, two spellings");
  });

  it('flags dropped diacritics, a missing space, a changed acronym and one slipped letter', () => {
    expect(variants('en', ['Mehmet Yılmaz met the press in Ankara.', 'The talks went well, Yilmaz said.'])).toEqual([['Yilmaz', 'Yılmaz']]);
    expect(variants('en', ['Profits at TimeWarner rose, and analysts said TimeWarner did well.', 'Shares in Time Warner fell.'])).toEqual([['Time Warner', 'TimeWarner']]);
    expect(variants('de', ['Die WWF-Jugend protestierte in München.', 'Viviane Raddatz vom WFF sprach auf der Bühne.'])).toEqual([['WFF', 'WWF']]);
    expect(variants('en', ['Anna Kowalczyk spoke first. Kowalczyk said the plan works.', 'Later Kowalcyzk added a caveat.'])).toEqual([['Kowalcyzk', 'Kowalczyk']]);
    expect(variants('pl', ['Rząd chwalił m.in. Donald Tusk.', 'Odra jest skażona, jak Donlad Tusk prawdomównością.'])).toEqual([['Donlad', 'Donald']]);
    expect(variants('es', ['Lo dijo la economista Lucía Ferreira en Montevideo.', 'Fererira adelantó que el equipo presentará un plan.'])).toEqual([['Fererira', 'Ferreira']]);
  });

  it('stays silent on people sharing a surname, a surname beside its full name, case endings and accentless capitals', () => {
    expect(variants('en', ['Olaf Scholz met Anna Scholz in Berlin.', 'Scholz said the talks went well.'])).toEqual([]);
    expect(variants('pl', ['Władimir Putin spotkał się z ministrem.', 'Według Putina rozmowy były dobre. Z Putinem rozmawiał też premier.'])).toEqual([]);
    expect(variants('de', ['Der G7-Gipfel begann am Sonntag.', 'Am Rande des G7-Gipfels protestierten Tausende.'])).toEqual([]);
    expect(variants('fr', ['Les États-Unis ont réagi.', 'Les Etats-Unis ont ensuite précisé leur position.'])).toEqual([]);
    expect(variants('en', ['Marin spoke to Marina at the summit.', 'Marina replied.'])).toEqual([]);
    expect(variants('en', ['The EU and the UN met. The EU said yes, the UN said no.'])).toEqual([]);
    // An adjective made of a name: "Ministerio de Cultura", programme "1,5% Cultural".
    expect(variants('es', ['El Ministerio de Cultura pagará las obras.', 'Cultura financia el programa Cultural de verano.'])).toEqual([]);
    expect(variants('de', ['Ein Leserbrief von Dieter R. aus Nürnberg kam am Montag.', '»Dieser Anschlag muss geplant worden sein«, schrieb er.'])).toEqual([]);
  });

  it('leaves alone two institutions named by common nouns one letter apart, not a misspelt name', () => {
    const paragraphs = ['Toda vez que Rodrigo Maia assumir a Presidência, Fábio Ramalho vai dirigir a sessão.', 'Ele admite que as reformas da Previdência e trabalhista não serão fáceis.'];
    expect(findingsOf('name-variant', 'pt', paragraphs)).toEqual([]);
    const english = ['The Home Office said the plan was ready.', 'A Home Offcie spokesman later denied it.'];
    expect(findingsOf('name-variant', 'en', english).map((finding) => finding.message)).toEqual([expect.stringContaining("'Offcie'")]);
  });
});
