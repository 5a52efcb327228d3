import { describe, expect, it } from 'vitest';
import type { FindingReport } from '../../src/report/types.js';
import { analyse, article, codePointIndexOf, expectSpanOf, quotesOf } from './helpers.js';

function unbalanced(lang: string, text: string): FindingReport[] {
  return analyse(lang, text).findings.filter((finding) => finding.rule === 'quote-unbalanced');
}

/** The finding points at exactly one character, the lone mark, at this code point offset. */
function expectAtMark(text: string, finding: FindingReport, mark: string, offset: number): void {
  expect(finding.severity).toBe('warning');
  expect(finding.start).toBe(offset);
  expect(finding.end).toBe(offset + 1);
  expectSpanOf(text, finding, mark);
}

describe('quote-unbalanced', () => {
  it('points at a French opening guillemet that is never closed', () => {
    const text = article(
      'Grève des éboueurs à Valbrune',
      'Les éboueurs de Valbrune sont en grève depuis dix jours.',
      '« Nous ne reprendrons pas le travail tant que la mairie refusera de nous recevoir, a prévenu Yannick Morel.',
      'La mairie n’a pas répondu.',
    );
    const findings = unbalanced('fr', text);
    expect(findings).toHaveLength(1);
    expectAtMark(text, findings[0] as FindingReport, '«', codePointIndexOf(text, '«'));
    expect(findings[0]?.line).toBe(5);
    expect(findings[0]?.column).toBe(1);
  });

  it('points at an English opening quote that is never closed, in mid-paragraph', () => {
    const text = article(
      'Bin collectors strike in Eastcombe',
      'Ray Dobbs, a union organiser, was clear: “We will not go back to work until the council agrees to meet us.',
      'The council did not reply on Friday.',
    );
    const findings = unbalanced('en', text);
    expect(findings).toHaveLength(1);
    expectAtMark(text, findings[0] as FindingReport, '“', codePointIndexOf(text, '“'));
  });

  it('points at a lone closing mark', () => {
    const text = article(
      'Grève des éboueurs à Valbrune',
      'Les éboueurs ont promis de continuer jusqu’à la fin du mois. » La mairie n’a pas répondu.',
    );
    const findings = unbalanced('fr', text);
    expect(findings).toHaveLength(1);
    expectAtMark(text, findings[0] as FindingReport, '»', codePointIndexOf(text, '»'));
  });

  it('points at the right mark after astral characters', () => {
    const text = article(
      '🚛 Grève des éboueurs 🗑️ à Valbrune',
      'Les poubelles 🗑️ s’entassent. « Nous ne céderons pas, a prévenu Yannick Morel.',
      'La mairie n’a pas répondu.',
    );
    const findings = unbalanced('fr', text);
    expect(findings).toHaveLength(1);
    expectAtMark(text, findings[0] as FindingReport, '«', codePointIndexOf(text, '«'));
  });

  it('points at each lone mark of the article', () => {
    const text = article(
      'Grève des éboueurs à Valbrune',
      '« Nous ne reprendrons pas le travail, a prévenu Yannick Morel.',
      'La mairie n’a pas répondu.',
      'Selon la préfecture, « aucune réquisition n’est prévue pour le moment.',
    );
    const findings = unbalanced('fr', text);
    expect(findings).toHaveLength(2);
    expectAtMark(text, findings[0] as FindingReport, '«', codePointIndexOf(text, '«', 0));
    expectAtMark(text, findings[1] as FindingReport, '«', codePointIndexOf(text, '«', 1));
  });

  it('does not let the open quote swallow the following paragraphs', () => {
    const text = article(
      'Grève des éboueurs à Valbrune',
      '« Nous ne reprendrons pas le travail, a prévenu Yannick Morel.',
      'La mairie n’a pas répondu. Les poubelles s’entassent depuis dix jours.',
    );
    const quotes = quotesOf('fr', text);
    for (const quote of quotes) expect(quote.text).not.toContain('mairie');
  });

  it('reports nothing for a quote continued in the next paragraph', () => {
    const text = article(
      'Le maire de Valbrune présente son budget',
      'Gaspard Lemoine, le maire de Valbrune, a déclaré :',
      '« Cette année, nous allons rénover les trois écoles du centre.',
      '« Et nous ne toucherons pas aux impôts locaux. »',
    );
    expect(unbalanced('fr', text)).toEqual([]);
  });

  it('reports nothing for balanced quotes of every convention', () => {
    const text = article(
      'Harbour town reopens its library',
      'Dana Whitfield said: “We will reopen on Monday.” Her deputy added: ‘Nobody expected it.’',
      'A visitor said: "It was worth the wait." Another said: \'I came back every week.\'',
      'The signs read „Willkommen“, »Herzlich willkommen« and « Bienvenue ».',
    );
    expect(unbalanced('en', text)).toEqual([]);
  });

  // 「 right after a letter is not taken as an opening mark (BEFORE_OPENING in marks.ts), so the
  // balanced 」 is reported as a lone closing mark.
  it('reports nothing for balanced CJK corner brackets after a letter', () => {
    const text = article('港の図書館が再開', '図書館は月曜日に再開した。館長は「皆さんを待っていました」と話した。');
    expect(unbalanced('ja', text)).toEqual([]);
  });
});
