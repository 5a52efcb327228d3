import { describe, expect, it } from 'vitest';
import { scanMarks, type MarkPair } from '../../src/extract/quotes/marks.js';

/** The outer (depth 0) pairs of a paragraph, as the quoted text between the marks. */
function outer(text: string): string[] {
  return scanMarks(text)
    .pairs.filter((pair) => pair.depth === 0)
    .map((pair) => text.slice(pair.open + 1, pair.close));
}

/** The single pair of a paragraph, checked to open and close at the given marks. */
function onePair(text: string, openMark: string, closeMark: string): MarkPair {
  const { pairs, strayClosers } = scanMarks(text);
  expect(pairs).toHaveLength(1);
  expect(strayClosers).toEqual([]);
  const pair = pairs[0] as MarkPair;
  expect(pair.open).toBe(text.indexOf(openMark));
  expect(pair.close).toBe(text.lastIndexOf(closeMark));
  expect(pair.openMark).toBe(openMark);
  expect(pair.depth).toBe(0);
  expect(pair.unclosed).toBe(false);
  return pair;
}

describe('scanMarks: every quotation convention', () => {
  it.each([
    ['French guillemets', 'La gardienne a répondu «\u00a0Nous fermons à midi\u00a0» hier.', '«', '»'],
    ['French guillemets with narrow no-break spaces', 'Le chef a lancé «\u202fOn recommence tout\u202f» ce matin.', '«', '»'],
    ['French guillemets with plain spaces', 'Il a crié « Attention au départ » dans le hall.', '«', '»'],
    ['guillemets without spaces (Russian, Spanish, Italian)', 'Dijo «vamos a esperar» y se fue.', '«', '»'],
    ['single guillemets', 'Elle a écrit ‹\u00a0rien ne presse\u00a0› sur la porte.', '‹', '›'],
    ['English double quotes', 'She wrote “we will be back soon” on the door.', '“', '”'],
    ['English single quotes', 'She wrote ‘we will be back soon’ on the door.', '‘', '’'],
    ['straight double quotes', 'She wrote "we will be back soon" on the door.', '"', '"'],
    ['straight single quotes', "She wrote 'we will be back soon' on the door.", "'", "'"],
    ['German low-high quotes', 'Er schrieb „wir kommen bald zurück“ an die Tür.', '„', '“'],
    ['German single low-high quotes', 'Er schrieb ‚wir kommen bald zurück‘ an die Tür.', '‚', '‘'],
    ['Polish and Romanian low-high quotes', 'Napisał „wrócimy niedługo” na drzwiach.', '„', '”'],
    ['German reversed guillemets', 'Er schrieb »wir kommen bald zurück« an die Tür.', '»', '«'],
    ['German reversed single guillemets', 'Er schrieb ›wir kommen bald zurück‹ an die Tür.', '›', '‹'],
    ['CJK corner brackets opening the paragraph', '「すぐに戻ります」と彼は書いた。', '「', '」'],
    ['CJK white corner brackets opening the paragraph', '『すぐに戻ります』と彼は書いた。', '『', '』'],
  ])('pairs %s', (_name, text, openMark, closeMark) => {
    onePair(text, openMark, closeMark);
  });

  // CJK opening brackets after a letter or 。 (CJK has no spaces) are not taken as opening marks:
  // BEFORE_OPENING in marks.ts wants a space, the paragraph start or Western punctuation.
  it.each([
    ['CJK corner brackets after a letter', '彼は「すぐに戻ります」と書いた。', '「', '」'],
    ['CJK white corner brackets after a letter', '彼は『すぐに戻ります』と書いた。', '『', '』'],
    ['CJK corner brackets after an ideographic full stop', '彼はこう書いた。「すぐに戻ります」', '「', '」'],
  ])('pairs %s', (_name, text, openMark, closeMark) => {
    onePair(text, openMark, closeMark);
  });

  // “ ” with (narrow) no-break spaces inside (French usage) never open: canOpen rejects a space after “.
  it.each([
    ['English quotes with no-break spaces inside', 'Il a écrit “\u00a0nous revenons bientôt\u00a0” sur la porte.', '“', '”'],
    ['English quotes with narrow no-break spaces inside', 'Il a écrit “\u202fnous revenons bientôt\u202f” sur la porte.', '“', '”'],
  ])('pairs %s', (_name, text, openMark, closeMark) => {
    onePair(text, openMark, closeMark);
  });

  it('pairs several quotes of one paragraph in order', () => {
    const text = 'Elle a dit « oui » puis « non » avant de partir.';
    expect(outer(text)).toEqual([' oui ', ' non ']);
  });
});

describe('scanMarks: apostrophes are never quotation marks', () => {
  it.each([
    ['a French elision', "Les troupes ont quitté l'Ukraine orientale."],
    ['a typographic French elision', 'Les troupes ont quitté l’Ukraine orientale.'],
    ['an English contraction', "They don't know yet and won't say."],
    ['a typographic English contraction', 'They don’t know yet and won’t say.'],
    ['the decade', "Music from the '90s filled the hall."],
    ['the typographic decade', 'Music from the ’90s filled the hall.'],
    ['a possessive plural', "The players' union met on Friday."],
  ])('ignores %s', (_name, text) => {
    const { pairs, strayClosers } = scanMarks(text);
    expect(pairs).toEqual([]);
    expect(strayClosers).toEqual([]);
  });

  // Straight "rock 'n' roll": the two apostrophes around "n" are paired as a quote ('n').
  it("ignores rock 'n' roll with straight apostrophes", () => {
    const { pairs, strayClosers } = scanMarks("They played rock 'n' roll all night.");
    expect(pairs).toEqual([]);
    expect(strayClosers).toEqual([]);
  });

  it('ignores rock ’n’ roll with typographic apostrophes', () => {
    const { pairs, strayClosers } = scanMarks('They played rock ’n’ roll all night.');
    expect(pairs).toEqual([]);
    expect(strayClosers).toEqual([]);
  });

  it('keeps apostrophes inside a quote without closing it', () => {
    const text = "She said 'we don't give up on the '90s dream' and left.";
    expect(outer(text)).toEqual(["we don't give up on the '90s dream"]);
  });

  it.each([
    ["dell'«", "Ha parlato dell'«importanza del porto» ieri."],
    ['dell’«', 'Ha parlato dell’«importanza del porto» ieri.'],
    ['d’«', 'Il a parlé d’« urgence absolue » hier.'],
  ])('opens a quote right after an elided word (%s)', (_case, text) => {
    expect(outer(text).map((quoted) => quoted.trim())).toEqual([/«\s*([^»]+?)\s*»/u.exec(text)?.[1]]);
  });

  it('keeps typographic apostrophes inside a quote without closing it', () => {
    const text = 'Il a lancé « l’Ukraine n’est pas seule » devant la foule.';
    expect(outer(text)).toEqual([' l’Ukraine n’est pas seule ']);
  });

  it('keeps a typographic apostrophe inside single curly quotes', () => {
    const text = 'He said ‘we don’t give up’ and left.';
    expect(outer(text)).toEqual(['we don’t give up']);
  });
});

describe('scanMarks: nesting', () => {
  it.each([
    ['French with English inner quotes', 'Il a raconté « elle m’a dit “reste ici” et je suis resté » hier.', '“'],
    ['French with single guillemets inside', 'Il a raconté « elle m’a dit ‹ reste ici › et je suis resté » hier.', '‹'],
    ['English double and single', 'He said “she told me ‘stay here’ and I stayed” yesterday.', '‘'],
    ['straight double and single', `He said "she told me 'stay here' and I stayed" yesterday.`, "'"],
    ['German double and single', 'Er sagte „sie sagte mir ‚bleib hier‘ und ich blieb“ gestern.', '‚'],
  ])('keeps the inner quote inside the outer one: %s', (_name, text, innerMark) => {
    expectNested(text, innerMark);
  });

  // The inner 『 follows a letter, so it is not taken as an opening mark (BEFORE_OPENING in marks.ts).
  it('keeps the inner quote inside the outer one: CJK', () => {
    expectNested('「彼女は『ここにいて』と言った」と彼は話した。', '『');
  });
});

function expectNested(text: string, innerMark: string): void {
  const { pairs } = scanMarks(text);
  const outerPairs = pairs.filter((pair) => pair.depth === 0);
  const innerPairs = pairs.filter((pair) => pair.depth > 0);
  expect(outerPairs).toHaveLength(1);
  expect(innerPairs).toHaveLength(1);
  const outerPair = outerPairs[0] as MarkPair;
  const innerPair = innerPairs[0] as MarkPair;
  expect(innerPair.openMark).toBe(innerMark);
  expect(innerPair.open).toBeGreaterThan(outerPair.open);
  expect(innerPair.close).toBeLessThan(outerPair.close);
  expect(outerPair.unclosed).toBe(false);
  expect(innerPair.unclosed).toBe(false);
}

describe('scanMarks: unbalanced marks', () => {
  it('ends a quote left open at the end of its paragraph', () => {
    const text = 'Il a prévenu « nous ne céderons pas sur ce point.';
    const { pairs } = scanMarks(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ open: text.indexOf('«'), close: text.length, unclosed: true, depth: 0 });
  });

  it('reports a closing mark with no opening mark', () => {
    const text = 'Il a dit qu’il partirait demain. » La séance est levée.';
    const { pairs, strayClosers } = scanMarks(text);
    expect(pairs).toEqual([]);
    expect(strayClosers).toEqual([text.indexOf('»')]);
  });

  it('reports a lone English closing mark', () => {
    const text = 'The vote was delayed again.” Nobody explained why.';
    const { pairs, strayClosers } = scanMarks(text);
    expect(pairs).toEqual([]);
    expect(strayClosers).toEqual([text.indexOf('”')]);
  });
});

describe('scanMarks: a single quote left open inside a quote', () => {
  it('ends the outer quote at its own closing mark, not at the paragraph end', () => {
    const text = 'She said: "We see no plan here. \'If nothing changes, families will pay." Later, officials said "no comment".';
    const outer = scanMarks(text).pairs.filter((pair) => pair.depth === 0);
    expect(outer.map((pair) => text.slice(pair.open + 1, pair.close))).toEqual(["We see no plan here. 'If nothing changes, families will pay.", 'no comment']);
    expect(outer.every((pair) => !pair.unclosed)).toBe(true);
  });
});
