import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/document/paragraphs.js';
import { MAX_TITLE_LENGTH, findTitle } from '../../src/document/title.js';

const BODY = 'The body of the article follows here, in a paragraph of its own.';

function titleOf(text: string) {
  return findTitle(splitParagraphs(text));
}

describe('findTitle', () => {
  it('takes a single short first line followed by more text', () => {
    const text = `Harbour reopens after storm\n\n${BODY}`;
    expect(titleOf(text)).toEqual({ start: 0, end: 27, text: 'Harbour reopens after storm' });
  });

  it('takes the first line of a CRLF file', () => {
    expect(titleOf(`Harbour reopens\r\n\r\n${BODY}`)).toEqual({ start: 0, end: 15, text: 'Harbour reopens' });
  });

  it('gives offsets past leading blank lines and spaces', () => {
    const text = `\n\n  Harbour reopens  \n\n${BODY}`;
    const title = titleOf(text);
    expect(title).toEqual({ start: 4, end: 19, text: 'Harbour reopens' });
    expect(title && text.slice(title.start, title.end)).toBe('Harbour reopens');
  });

  it('takes a headline ending in a question or exclamation mark', () => {
    expect(titleOf(`Will the harbour reopen?\n\n${BODY}`)?.text).toBe('Will the harbour reopen?');
    expect(titleOf(`The harbour reopens!\n\n${BODY}`)?.text).toBe('The harbour reopens!');
  });

  it('gives no title when nothing follows the first paragraph', () => {
    expect(titleOf('Harbour reopens after storm')).toBeNull();
    expect(titleOf('Harbour reopens after storm\n\n  \n')).toBeNull();
    expect(findTitle([])).toBeNull();
  });

  it('gives no title when the first paragraph has two lines', () => {
    expect(titleOf(`Harbour reopens\nafter the storm\n\n${BODY}`)).toBeNull();
    expect(titleOf(`Harbour reopens\rafter the storm\n\n${BODY}`)).toBeNull();
  });

  it('gives no title when the first paragraph has two CRLF lines', () => {
    expect(titleOf(`Harbour reopens\r\nafter the storm\r\n\r\n${BODY}`)).toBeNull();
  });

  it('takes a first paragraph of exactly the maximum length, not one code point more', () => {
    expect(MAX_TITLE_LENGTH).toBe(200);
    const exact = 'a'.repeat(199) + '.';
    expect(titleOf(`${exact}\n\n${BODY}`)?.text).toBe(exact);
    const over = 'a'.repeat(200) + '.';
    expect(titleOf(`${over}\n\n${BODY}`)).toBeNull();
  });

  it('measures the length in code points, not UTF-16 units', () => {
    // 150 emoji: 300 UTF-16 units, 150 code points.
    const emoji = '\u{1F30A}'.repeat(150);
    expect(emoji.length).toBe(300);
    expect(titleOf(`${emoji}\n\n${BODY}`)?.text).toBe(emoji);
    // 201 emoji are over the limit.
    expect(titleOf(`${'\u{1F30A}'.repeat(201)}\n\n${BODY}`)).toBeNull();
  });

  it('gives no title when the first line introduces what follows', () => {
    expect(titleOf(`The minister said:\n\n${BODY}`)).toBeNull();
    expect(titleOf(`Le ministre a déclaré :\n\n${BODY}`)).toBeNull();
    expect(titleOf(`First the good news;\n\n${BODY}`)).toBeNull();
    expect(titleOf(`As the minister put it,\n\n${BODY}`)).toBeNull();
  });

  it('keeps a colon inside the headline', () => {
    expect(titleOf(`Storm: harbour reopens\n\n${BODY}`)?.text).toBe('Storm: harbour reopens');
  });

  it('drops the Markdown heading mark "# " from the title', () => {
    const text = `# Harbour reopens after storm\n\n${BODY}`;
    expect(titleOf(text)).toEqual({ start: 2, end: 29, text: 'Harbour reopens after storm' });
  });

  it('drops heading marks of level 2 to 6 and tabs after them', () => {
    expect(titleOf(`### Harbour reopens\n\n${BODY}`)).toEqual({ start: 4, end: 19, text: 'Harbour reopens' });
    expect(titleOf(`######\tHarbour reopens\n\n${BODY}`)).toEqual({ start: 7, end: 22, text: 'Harbour reopens' });
  });

  it('keeps "#" that is not a heading mark', () => {
    // No space after it: a hashtag, not a heading.
    expect(titleOf(`#harbour reopens\n\n${BODY}`)?.text).toBe('#harbour reopens');
    // Seven marks are not a heading in Markdown.
    expect(titleOf(`####### Harbour\n\n${BODY}`)?.text).toBe('####### Harbour');
  });

  it('gives no title for a heading that is a lead-in', () => {
    expect(titleOf(`## What we know:\n\n${BODY}`)).toBeNull();
  });
});
