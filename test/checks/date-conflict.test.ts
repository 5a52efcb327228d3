import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

describe('date-conflict', () => {
  it('flags a "this day" date weeks away from the article\'s week, against its twin', () => {
    const paragraphs = [
      'Ce lundi 19 décembre, un sommet s’est tenu à Minsk entre les deux présidents.',
      'Ce 19 novembre, pour la première fois depuis trois ans, le président russe s’est déplacé à Minsk.',
      'Le général a affirmé ce mardi 20 décembre voir une menace.',
    ];
    const [finding, ...rest] = findingsOf('date-conflict', 'fr', paragraphs);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(textAt(paragraphs, finding!)).toBe('Ce 19 novembre');
    expect(finding?.related.map((related) => related.text)).toEqual(['Ce lundi 19 décembre']);
    expect(finding?.message).toBe("'Ce 19 novembre' (line 5) and 'Ce lundi 19 décembre' (line 3) both date the day the article speaks of, 30 days apart: one of them is wrong");
  });

  it('flags the same in English and against a reference date given with --date', () => {
    const paragraphs = ['The talks opened this Monday, December 19, in Minsk.', 'This Tuesday, November 20, the ministers met again.'];
    const findings = findingsOf('date-conflict', 'en', paragraphs, '2022-12-20');
    expect(findings.map((finding) => textAt(paragraphs, finding))).toEqual(['This Tuesday, November 20']);
  });

  it('stays silent on "this day" dates of one week, on past dates, and on a single "this day" date', () => {
    expect(findingsOf('date-conflict', 'fr', ['Ce lundi 19 décembre, un sommet.', 'Ce mardi 20 décembre, une déclaration.', 'Ce jeudi 22 décembre, un vote.'])).toEqual([]);
    expect(findingsOf('date-conflict', 'fr', ['Ce lundi 19 décembre, un sommet.', 'Le 19 novembre, une autre rencontre avait eu lieu.'])).toEqual([]);
    expect(findingsOf('date-conflict', 'fr', ['Ce 19 novembre, un sommet.'], '2022-12-20')).toEqual([]);
  });

  it('flags one past event given the same day of two months, with the same actors, in two paragraphs', () => {
    const paragraphs = [
      'Le 5 mai, Vladimir Poutine a reçu Alexandre Lukachenko à Moscou pour signer le traité.',
      'Le traité signé le 5 juin par Vladimir Poutine et Alexandre Lukachenko est entré en vigueur.',
    ];
    const [finding, ...rest] = findingsOf('date-conflict', 'fr', paragraphs);
    expect(rest).toEqual([]);
    expect(textAt(paragraphs, finding!)).toBe('5 juin');
    expect(finding?.related.map((related) => related.text)).toEqual(['5 mai']);
    expect(finding?.message).toBe("'5 juin' (line 5) and '5 mai' (line 3) date one event (Vladimir Poutine and Alexandre Lukachenko in both sentences) on the same day of two months: one of them is wrong");
  });

  it('stays silent on the same day of two months with other actors, or in one paragraph', () => {
    expect(findingsOf('date-conflict', 'fr', ['Le 5 mai, Vladimir Poutine a reçu Alexandre Lukachenko.', 'Le 5 juin, Emmanuel Macron a reçu Olaf Scholz.'])).toEqual([]);
    expect(findingsOf('date-conflict', 'fr', ['Vladimir Poutine a reçu Alexandre Lukachenko le 5 mai, puis Vladimir Poutine a revu Alexandre Lukachenko le 5 juin.'])).toEqual([]);
  });
});
