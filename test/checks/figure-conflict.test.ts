import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

describe('figure-conflict', () => {
  it('flags one quantity given two values a digit apart, in different sentences', () => {
    const paragraphs = ['En total están llamados 120.000 ciudadanos rusos al servicio militar.', 'El ministro confirmó que los 121.000 ciudadanos rusos serán instruidos.'];
    const [finding, ...rest] = findingsOf('figure-conflict', 'es', paragraphs);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(textAt(paragraphs, finding!)).toBe('121.000 ciudadanos rusos');
    expect(finding?.related.map((related) => related.text)).toEqual(['120.000 ciudadanos rusos']);
  });

  it('takes the first earlier figure in another sentence, and none once the value was given before', () => {
    const paragraphs = [
      'El censo contó 120.000 ciudadanos rusos en la región.',
      'Luego se habló de 150.500 ciudadanos rusos y, en la misma frase, de 121.000 ciudadanos rusos.',
      'Otro informe dice 120.000 ciudadanos rusos.',
      'Y el último, 121.000 ciudadanos rusos.',
    ];
    const findings = findingsOf('figure-conflict', 'es', paragraphs);
    // "121.000" is one digit from the first "120.000", in another sentence; the second "121.000"
    // has its value given before, so it is no new slip.
    expect(findings.map((finding) => [textAt(paragraphs, finding), finding.related.map((related) => related.text)])).toEqual([['121.000 ciudadanos rusos', ['120.000 ciudadanos rusos']]]);
  });

  it('flags one quantity given two values with two neighbouring digits swapped', () => {
    const paragraphs = ['Installée depuis 1974, l’usine emploie 340 salariés.', '« Si l’usine ferme, ce sont les 430 salariés qui vont trinquer », dit le délégué.'];
    const [finding, ...rest] = findingsOf('figure-conflict', 'fr', paragraphs);
    expect(rest).toEqual([]);
    expect(textAt(paragraphs, finding!)).toBe('430 salariés');
    expect(finding?.message).toBe("'430 salariés' (line 5) and '340 salariés' (line 3) give salariés two values, two digits swapped: 430 and 340");
    expect(findingsOf('figure-conflict', 'fr', [paragraphs[0] as string, (paragraphs[1] as string).replace('430', '530')])).toEqual([]);
    expect(findingsOf('figure-conflict', 'fr', ['L’usine emploie 340 salariés, contre 430 salariés il y a dix ans.'])).toEqual([]);
  });

  it('stays silent on a value changed or proposed ("auf 110 Wohnungen zu verkleinern")', () => {
    const paragraphs = ['Geplant sind 140 Wohnungen am Ortsrand.', 'Sein Antrag, das Vorhaben auf 110 Wohnungen zu verkleinern, fand keine Mehrheit.'];
    expect(findingsOf('figure-conflict', 'de', paragraphs)).toEqual([]);
    const english = ['The plan is for 140 homes on the edge of town.', 'He proposed to cut it to 110 homes.'];
    expect(findingsOf('figure-conflict', 'en', english)).toEqual([]);
  });

  it('flags a number whose thousands grouping is broken, beside the well-formed one', () => {
    const paragraphs = ['A petição reuniu 91.000 assinaturas em uma semana.', 'Segundo os organizadores, as 91.0000 assinaturas serão entregues hoje.'];
    const findings = findingsOf('figure-conflict', 'pt', paragraphs);
    expect(findings.map((finding) => [textAt(paragraphs, finding), finding.related.map((related) => related.text)])).toEqual([['91.0000 assinaturas', ['91.000 assinaturas']]]);
  });

  it('stays silent on ranges, on values of two moments, on other nouns and on bare anaphoric numbers', () => {
    expect(findingsOf('figure-conflict', 'fr', ['On estime entre 13 et 17 millions de décès.'])).toEqual([]);
    expect(findingsOf('figure-conflict', 'fr', ['En 2021, le plan comptait 28 programmes.', 'Il en compte 30 programmes aujourd’hui.'])).toEqual([]);
    expect(findingsOf('figure-conflict', 'en', ['The army sent 120 soldiers.', 'The navy sent 121 sailors.'])).toEqual([]);
    expect(findingsOf('figure-conflict', 'pt', ['Lá em casa, eu já vi comendo 70 pessoas. Então, onde comem 70, comem 300. E onde comem 300, comem 500.'])).toEqual([]);
    expect(findingsOf('figure-conflict', 'en', ['Labour won 40% of the vote.', 'Labour also won 60% of the seats.'])).toEqual([]);
  });
});
