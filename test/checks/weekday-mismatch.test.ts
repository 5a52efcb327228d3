import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

describe('weekday-mismatch', () => {
  it('flags a weekday that does not fall on its date in the stated year', () => {
    const paragraphs = ['Le traité a été signé le lundi 20 décembre 2022 à Minsk.'];
    const [finding] = findingsOf('weekday-mismatch', 'fr', paragraphs);
    expect(textAt(paragraphs, finding!)).toBe('lundi 20 décembre 2022');
    expect(finding?.message).toBe("'lundi 20 décembre 2022' (line 3): 20 December 2022 is a Tuesday, not a Monday");
  });

  it('flags a pair that misses the year the article\'s date gives', () => {
    const paragraphs = ['Le sommet a eu lieu le mercredi 19 décembre.'];
    const [finding] = findingsOf('weekday-mismatch', 'fr', paragraphs, '2022-12-20');
    expect(finding?.message).toBe("'mercredi 19 décembre' (line 3): 19 December 2022 (the year the article's date gives) is a Monday, not a Wednesday");
  });

  it('flags the pair out of step with the others when no year fits them all', () => {
    const paragraphs = ['Ce lundi 19 décembre, un sommet.', 'Ce mardi 20 décembre, une déclaration.', 'Le jeudi 23 décembre, un vote.'];
    const findings = findingsOf('weekday-mismatch', 'fr', paragraphs);
    expect(findings.map((finding) => textAt(paragraphs, finding))).toEqual(['jeudi 23 décembre']);
    expect(findings[0]?.related.map((related) => related.text)).toEqual(['Ce lundi 19 décembre', 'Ce mardi 20 décembre']);
  });

  it('names a few of many agreeing pairs, not all', () => {
    const days = ['lundi 5', 'mardi 6', 'mercredi 7', 'jeudi 8', 'vendredi 9', 'samedi 10', 'dimanche 11'];
    const paragraphs = [...days.map((day) => `Le ${day} décembre, une réunion.`), 'Le vendredi 15 décembre, un vote.'];
    const findings = findingsOf('weekday-mismatch', 'fr', paragraphs);
    expect(findings.map((finding) => textAt(paragraphs, finding))).toEqual(['vendredi 15 décembre']);
    expect(findings[0]?.message).toContain("share a year ('lundi 5 décembre', 'mardi 6 décembre', 'mercredi 7 décembre' and 4 more)");
    expect(findings[0]?.related.map((related) => related.text)).toEqual(['lundi 5 décembre', 'mardi 6 décembre', 'mercredi 7 décembre', 'jeudi 8 décembre', 'vendredi 9 décembre']);
  });

  it('shows both when two pairs fit no common year', () => {
    const paragraphs = ['Ce lundi 19 décembre, un sommet.', 'Ce lundi 20 décembre, un autre.'];
    const findings = findingsOf('weekday-mismatch', 'fr', paragraphs);
    expect(findings.map((finding) => [textAt(paragraphs, finding), finding.related.map((related) => related.text)])).toEqual([['Ce lundi 20 décembre', ['Ce lundi 19 décembre']]]);
  });

  it('stays silent on right weekdays, in every language', () => {
    expect(findingsOf('weekday-mismatch', 'fr', ['Le traité a été signé le mardi 20 décembre 2022.', 'Ce lundi 19 décembre, un sommet.'])).toEqual([]);
    expect(findingsOf('weekday-mismatch', 'en', ['The deal was signed on Tuesday, December 20, 2022.'])).toEqual([]);
    expect(findingsOf('weekday-mismatch', 'de', ['Am Dienstag, dem 20. Dezember 2022, wurde unterschrieben.'])).toEqual([]);
    expect(findingsOf('weekday-mismatch', 'es', ['El martes 20 de diciembre de 2022 se firmó el acuerdo.'])).toEqual([]);
  });
});
