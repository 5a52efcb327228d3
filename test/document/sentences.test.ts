import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import type { Segment } from '../../src/document/segments.js';
import { SentenceIndex, sentenceAround, splitSentences } from '../../src/document/sentences.js';
import { findLanguage } from '../../src/language/languages.js';
import { localeFor, type LocaleData } from '../../src/locales/index.js';

function locale(code: string): LocaleData {
  const found = localeFor(code);
  if (!found) throw new Error(`no locale ${code}`);
  return found;
}

/** The sentences of a text taken as one paragraph starting at offset 0. */
function sentences(text: string, code: string): string[] {
  const data = locale(code);
  return splitSentences({ start: 0, end: text.length, text }, data.tag, data).map((sentence) => sentence.text);
}

describe('splitSentences basics', () => {
  it('splits plain sentences and trims the space between them', () => {
    const text = 'The council met. It voted twice! Was it enough?';
    const found = splitSentences({ start: 0, end: text.length, text }, 'en', locale('eng'));
    expect(found).toEqual([
      { start: 0, end: 16, text: 'The council met.' },
      { start: 17, end: 32, text: 'It voted twice!' },
      { start: 33, end: 47, text: 'Was it enough?' },
    ]);
  });

  it('gives offsets in the whole text, shifted by the paragraph start', () => {
    const whole = 'Headline\n\n  First one here. Second one there.  ';
    const start = whole.indexOf('First');
    const end = whole.indexOf('there.') + 'there.'.length;
    const paragraph: Segment = { start, end, text: whole.slice(start, end) };
    const found = splitSentences(paragraph, 'en', locale('eng'));
    expect(found.map((sentence) => sentence.text)).toEqual(['First one here.', 'Second one there.']);
    for (const sentence of found) expect(whole.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(found[0]?.start).toBe(start);
    expect(found[1]?.end).toBe(end);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentences('He said: "It is over." Then he left.', 'eng')).toEqual(['He said: "It is over."', 'Then he left.']);
    expect(sentences('Elle a répondu : «Non.» Puis elle est sortie.', 'fra')).toEqual(['Elle a répondu : «Non.»', 'Puis elle est sortie.']);
  });

  // French sets a space before the closing guillemet; ICU breaks after "demain. ", which would
  // leave the "»" alone or glued to the start of the next sentence.
  it('keeps a spaced French closing guillemet with the sentence it ends', () => {
    expect(sentences('Il a conclu : « Nous partons demain. »', 'fra')).toEqual(['Il a conclu : « Nous partons demain. »']);
  });

  it('does not give the next sentence the closing guillemet of the previous one', () => {
    expect(sentences('Il a conclu : « Nous partons demain. » La séance est levée.', 'fra')).toEqual([
      'Il a conclu : « Nous partons demain. »',
      'La séance est levée.',
    ]);
  });

  it('ignores surrounding white space', () => {
    expect(sentences('  Leading space. Trailing space.  ', 'eng')).toEqual(['Leading space.', 'Trailing space.']);
  });
});

describe('splitSentences abbreviations', () => {
  it('does not break after French "M." before a name', () => {
    expect(sentences('M. Dupont est arrivé hier soir. Il repart demain.', 'fra')).toEqual([
      'M. Dupont est arrivé hier soir.',
      'Il repart demain.',
    ]);
    expect(sentences('Le maire a reçu MM. Durand et Petit. La réunion a duré une heure.', 'fra')).toEqual([
      'Le maire a reçu MM. Durand et Petit.',
      'La réunion a duré une heure.',
    ]);
  });

  it('still breaks a French sentence that ends with a capital-M word, not the abbreviation', () => {
    // "IBM." ends with "M." but "M" is the tail of a longer word.
    expect(sentences('Il travaille chez IBM. Puis il est parti.', 'fra')).toEqual(['Il travaille chez IBM.', 'Puis il est parti.']);
    // A real end just before "M." splits there, and "M." joins the next sentence.
    expect(sentences('Le vote a eu lieu à Lyon. M. Durand a gagné.', 'fra')).toEqual(['Le vote a eu lieu à Lyon.', 'M. Durand a gagné.']);
  });

  it('does not break after English "Mr." or inside "U.S. Treasury"', () => {
    expect(sentences('Mr. Smith flew to Ottawa on Monday. He met the U.S. Treasury secretary there. Nothing was signed.', 'eng')).toEqual([
      'Mr. Smith flew to Ottawa on Monday.',
      'He met the U.S. Treasury secretary there.',
      'Nothing was signed.',
    ]);
  });

  it('matches abbreviations case-sensitively and as whole words', () => {
    // "No." is listed, "no." is not.
    expect(sentences('The answer was no. Then the vote began.', 'eng')).toEqual(['The answer was no.', 'Then the vote began.']);
    // "v." is listed; "Kyiv." only ends with it.
    expect(sentences('He flew to Kyiv. Then he drove west.', 'eng')).toEqual(['He flew to Kyiv.', 'Then he drove west.']);
  });

  it('keeps a listed abbreviation from ending a sentence even where one ends (documented trade-off)', () => {
    // The word lists are "abbreviations that never end a sentence".
    expect(sentences('She moved to the U.S. She likes it there.', 'eng')).toEqual(['She moved to the U.S. She likes it there.']);
    expect(sentences('Er kaufte Äpfel, Birnen usw. Dann ging er nach Hause.', 'deu')).toEqual([
      'Er kaufte Äpfel, Birnen usw. Dann ging er nach Hause.',
    ]);
  });

  it('breaks after "etc." in English, where it is not in the word list', () => {
    expect(sentences('They bought apples, pears, etc. Then they left.', 'eng')).toEqual([
      'They bought apples, pears, etc.',
      'Then they left.',
    ]);
    // Before a lowercase word nothing breaks anyway.
    expect(sentences('They bought apples, pears etc. and then left.', 'eng')).toEqual(['They bought apples, pears etc. and then left.']);
  });

  it('does not break inside German "z. B." or after a German ordinal', () => {
    expect(sentences('Das gilt z. B. für Kohle und Gas. Der Rest bleibt offen.', 'deu')).toEqual([
      'Das gilt z. B. für Kohle und Gas.',
      'Der Rest bleibt offen.',
    ]);
    expect(sentences('Die Anlage geht am 1. März in Betrieb. Sie kostet viel.', 'deu')).toEqual([
      'Die Anlage geht am 1. März in Betrieb.',
      'Sie kostet viel.',
    ]);
  });

  it('breaks after a year, which is not a German ordinal (more than three digits)', () => {
    expect(sentences('Das war im Jahr 2023. Dann kam die Krise.', 'deu')).toEqual(['Das war im Jahr 2023.', 'Dann kam die Krise.']);
  });

  it('takes a short number before a capital as an ordinal in German only', () => {
    // German writes ordinals with a dot, so "10." does not end the sentence (documented rule).
    expect(sentences('Er zählte bis 10. Dann ging er.', 'deu')).toEqual(['Er zählte bis 10. Dann ging er.']);
    // English has no ordinal dot: the number ends the sentence.
    expect(sentences('He counted to 10. Then he left.', 'eng')).toEqual(['He counted to 10.', 'Then he left.']);
  });

  it('does not break after initials, in any language', () => {
    expect(sentences('The book by J. K. Rowling sold well. Readers loved it.', 'eng')).toEqual([
      'The book by J. K. Rowling sold well.',
      'Readers loved it.',
    ]);
    expect(sentences('Le roman de J. R. R. Tolkien est réédité. Il sort demain.', 'fra')).toEqual([
      'Le roman de J. R. R. Tolkien est réédité.',
      'Il sort demain.',
    ]);
    // Without any locale, initials are still repaired.
    const text = 'A novel by J. K. Rowling won. Fans cheered.';
    const found = splitSentences({ start: 0, end: text.length, text }, 'en', undefined);
    expect(found.map((sentence) => sentence.text)).toEqual(['A novel by J. K. Rowling won.', 'Fans cheered.']);
  });

  it('breaks after "Mr." when the language has no such abbreviation (no locale)', () => {
    const text = 'Mr. Smith flew home. He slept.';
    const found = splitSentences({ start: 0, end: text.length, text }, 'en', undefined);
    expect(found.map((sentence) => sentence.text)).toEqual(['Mr.', 'Smith flew home.', 'He slept.']);
  });
});

describe('splitSentences line breaks', () => {
  it('keeps a hard-wrapped sentence whole when the next line starts lowercase', () => {
    expect(sentences('The committee met on Tuesday and talked\nabout the budget for hours. Then it closed.', 'eng')).toEqual([
      'The committee met on Tuesday and talked\nabout the budget for hours.',
      'Then it closed.',
    ]);
    expect(sentences('The talks ended\n"in agreement," he said. Then he left.', 'eng')).toEqual([
      'The talks ended\n"in agreement," he said.',
      'Then he left.',
    ]);
    expect(sentences('Talks continued,\nand the ministers\nagreed late. Then they left.', 'eng')).toEqual([
      'Talks continued,\nand the ministers\nagreed late.',
      'Then they left.',
    ]);
  });

  it('keeps a CRLF hard wrap whole too', () => {
    expect(sentences('Les ministres se sont réunis\r\nà huis clos. Rien n’a filtré.', 'fra')).toEqual([
      'Les ministres se sont réunis\r\nà huis clos.',
      'Rien n’a filtré.',
    ]);
  });

  it('makes two sentences of a line without end punctuation followed by an uppercase line', () => {
    expect(sentences('The committee met on Tuesday\nThe budget was approved.', 'eng')).toEqual([
      'The committee met on Tuesday',
      'The budget was approved.',
    ]);
  });

  it('breaks after end punctuation at the end of a line, even before a lowercase word', () => {
    expect(sentences('The vote is over.\nthe count starts now.', 'eng')).toEqual(['The vote is over.', 'the count starts now.']);
  });

  // An abbreviation or an initial that ends a wrapped line does not end the sentence either.
  it('does not break after an abbreviation that ends a wrapped line', () => {
    expect(sentences('We spoke to Mr.\nSmith yesterday. He agreed.', 'eng')).toEqual(['We spoke to Mr.\nSmith yesterday.', 'He agreed.']);
  });
});

describe('sentenceAround (the sentence at a position, without ICU)', () => {
  const around = (text: string, needle: string, code: string): string => {
    const paragraph = { start: 0, end: text.length, text };
    return sentenceAround(paragraph, text.indexOf(needle), localeFor(code)).text;
  };

  it('finds the sentence holding a position, with the same repairs as splitSentences', () => {
    const text = 'M. Dupont est arrivé lundi. Il a dit : « Nous partons. » Puis il est sorti.';
    expect(around(text, 'Dupont', 'fra')).toBe('M. Dupont est arrivé lundi.');
    expect(around(text, 'Nous', 'fra')).toBe('Il a dit : « Nous partons. »');
    expect(around(text, 'sorti', 'fra')).toBe('Puis il est sorti.');
  });

  it('does not end a sentence after an initial, an abbreviation or before a lower-case word', () => {
    expect(around('We met J. K. Rowling in the U.S. Treasury. She left.', 'Rowling', 'eng')).toBe('We met J. K. Rowling in the U.S. Treasury.');
    expect(around('Er kam am 1. März zurück. Dann ging er.', 'März', 'deu')).toBe('Er kam am 1. März zurück.');
    expect(around('The price was 3.5 per cent. e.g. lower.', 'price', 'eng')).toBe('The price was 3.5 per cent. e.g. lower.');
  });

  it('ends a sentence at a line break before a capital, not inside a wrapped sentence', () => {
    expect(around('Amaryllis Becam\nThe talks went on', 'talks', 'eng')).toBe('The talks went on');
    expect(around('The talks went on\nuntil late. Then it closed.', 'late', 'eng')).toBe('The talks went on\nuntil late.');
  });

  it('agrees with splitSentences on the sentences of a sample', () => {
    const text = readFileSync(new URL('../../samples/en-trade-deal.txt', import.meta.url), 'utf8');
    const doc = buildDocument(text, 'utf-8', { language: findLanguage('en') });
    for (const sentence of doc.sentences) {
      const paragraph = doc.paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
      if (!paragraph) throw new Error('sentence outside every paragraph');
      expect(sentenceAround(paragraph, sentence.start, doc.locale)).toEqual(sentence);
    }
  });

  it('gives the same sentences through a SentenceIndex, at every position of a paragraph', () => {
    const text = readFileSync(new URL('../../samples/fr-sommet-bilateral.txt', import.meta.url), 'utf8');
    const doc = buildDocument(text, 'utf-8', { language: findLanguage('fr') });
    const index = new SentenceIndex(doc.paragraphs, doc.locale);
    doc.paragraphs.forEach((paragraph, p) => {
      for (let at = paragraph.start; at < paragraph.end; at += 7) {
        expect(index.paragraphOf(at)).toBe(p);
        expect(index.around(p, at)).toEqual(sentenceAround(paragraph, at, doc.locale));
      }
    });
  });
});

describe('sentenceAround with German reversed quotation marks', () => {
  it('ends a sentence after a closing « that follows the final punctuation', () => {
    const text = 'Sie sagte: »Wir bleiben hier.« Und dann ging sie nach Hause.';
    const paragraph = { start: 0, end: text.length, text };
    expect(sentenceAround(paragraph, text.indexOf('Und'), localeFor('deu')).text).toBe('Und dann ging sie nach Hause.');
  });
});
