import { describe, expect, it } from 'vitest';
import { findingsOf, textAt } from './helpers.js';

describe('quote-mismatch', () => {
  it('flags the same statement given twice with other words, and says which', () => {
    const paragraphs = [
      'Le ministre a déclaré : « Nous allons maintenir le cap sur la réforme des retraites ».',
      'Il a ensuite répété devant les députés : « Nous allons tenir le cap sur la réforme des retraites ».',
    ];
    const [finding, ...rest] = findingsOf('quote-mismatch', 'fr', paragraphs);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(textAt(paragraphs, finding!)).toBe('Nous allons tenir le cap sur la réforme des retraites');
    expect(finding?.related.map((related) => related.text)).toEqual(['Nous allons maintenir le cap sur la réforme des retraites']);
    expect(finding?.message).toContain("'tenir' where it had 'maintenir'");
  });

  it('stays silent on an exact repeat, on a fragment of a quote, and on different statements', () => {
    const said = '« Nous allons maintenir le cap sur la réforme des retraites », a déclaré le ministre.';
    expect(findingsOf('quote-mismatch', 'fr', [said, said])).toEqual([]);
    expect(findingsOf('quote-mismatch', 'fr', [said, 'Il veut « maintenir le cap sur la réforme », a-t-il ajouté.'])).toEqual([]);
    expect(findingsOf('quote-mismatch', 'fr', [said, '« Les syndicats seront reçus dès la semaine prochaine au ministère », a-t-il ajouté.'])).toEqual([]);
  });
});
