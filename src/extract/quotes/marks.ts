/**
 * Finds the quotation marks of one paragraph and pairs them, whatever the convention:
 * « » ‹ › (and reversed » « › ‹), “ ” ‘ ’, „ “ „ ” ‚ ‘, straight " and ', 「」『』.
 * Apostrophes (l'Ukraine, don't, rock 'n' roll, the '90s, the players') are never marks.
 */

export interface MarkPair {
  /** Index of the opening mark in the paragraph text. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when it stays open. */
  close: number;
  openMark: string;
  /** Nesting depth: 0 for an outer quote, 1 for a quote inside it, … */
  depth: number;
  /** True when no closing mark was found in the paragraph. */
  unclosed: boolean;
  /** True when this quote reopens the one before ("A. "B."): the same quote goes on. */
  reopens: boolean;
}

export interface ScannedMarks {
  pairs: MarkPair[];
  /** Closing marks with no opening mark before them. */
  strayClosers: number[];
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Record<string, string> = {
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '“': '”“',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  '"': '"',
  "'": "'",
  '「': '」',
  '『': '』',
};

const MARK = /[«»‹›“”„‚‘’"'「」『』]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00a0\u202f]/u;
const NO_BREAK_SPACE = /[\u00a0\u202f]/u;
/** What may stand right before an opening mark: nothing, space, an opening bracket, a dash, another mark or an elision ("dell’«"). */
const BEFORE_OPENING = /^$|[\s\u00a0\u202f([{—–\-/«»‹›“„‚‘’"':]/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSING = /^$|[\s\u00a0\u202f)\]}.,;:!?…—–\-/»«›‹”“’'"]/u;

export function scanMarks(text: string): ScannedMarks {
  const stack: Array<{ index: number; mark: string; reopens: boolean }> = [];
  const pairs: MarkPair[] = [];
  const strayClosers: number[] = [];
  for (const match of text.matchAll(MARK)) {
    const index = match.index;
    const mark = match[0];
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    const top = stack[stack.length - 1];
    if (isApostrophe(mark, before, after)) continue;
    // "A. "B. "C.": the reopened-paragraph convention inside one paragraph (transcripts and
    // flattened copy). The opening mark after a sentence end starts a new quote.
    if (top && top.mark === mark && REOPENING_MARKS.includes(mark) && SPACE.test(before) && canOpen(mark, before, after) && endsSentence(text, index)) {
      stack.pop();
      pairs.push({ open: top.index, close: index, openMark: top.mark, depth: stack.length, unclosed: false, reopens: top.reopens });
      stack.push({ index, mark, reopens: true });
      continue;
    }
    // "… Albania]. 'If these … decision." — a single quote left open inside a quote whose own
    // closing mark comes: the single one was a typo or an apostrophe, the outer quote ends.
    const outer = stack[stack.length - 2];
    if (top && outer && "'‘‚".includes(top.mark) && !(CLOSERS[top.mark] ?? '').includes(mark) && (CLOSERS[outer.mark] ?? '').includes(mark) && canClose(mark, before, after)) {
      stack.pop();
      stack.pop();
      pairs.push({ open: outer.index, close: index, openMark: outer.mark, depth: stack.length, unclosed: false, reopens: outer.reopens });
      continue;
    }
    // "»En Valdeoria …», concluyó": Spanish reopens a continued quote with », which a » then closes.
    const continuedSpanish = top !== undefined && top.mark === '»' && top.index === 0 && mark === '»';
    if (top && ((CLOSERS[top.mark] ?? '').includes(mark) || continuedSpanish) && canClose(mark, before, after)) {
      stack.pop();
      // rock 'n' roll, ‘n’: a single letter between single quotes is two elisions.
      if ("'‘".includes(top.mark) && index - top.index <= 2) continue;
      pairs.push({ open: top.index, close: index, openMark: top.mark, depth: stack.length, unclosed: false, reopens: top.reopens });
      continue;
    }
    if (canOpen(mark, before, after)) {
      stack.push({ index, mark, reopens: false });
      continue;
    }
    if (isClosingOnly(mark, before, after)) strayClosers.push(index);
  }
  // Marks still open close at the paragraph's end; straight single quotes left open were apostrophes.
  stack.forEach((open, depth) => {
    if (open.mark !== "'") pairs.push({ open: open.index, close: text.length, openMark: open.mark, depth, unclosed: true, reopens: open.reopens });
  });
  return { pairs: pairs.sort((a, b) => a.open - b.open), strayClosers };
}

/** Opening marks that never close a quote of their own kind, so a second one reopens. */
const REOPENING_MARKS = ['"', '“', '«'];

/** Whether the text before `index` ends with a sentence end ("… again. "). */
function endsSentence(text: string, index: number): boolean {
  return /[.!?…][\s\u00a0\u202f]+$/u.test(text.slice(Math.max(0, index - 8), index));
}

/** ’ and ' inside or at the edge of a word: l’Ukraine, don't, players', '90s, rock 'n' roll. */
function isApostrophe(mark: string, before: string, after: string): boolean {
  if (mark !== '’' && mark !== "'") return false;
  const letterBefore = LETTER_OR_DIGIT.test(before);
  const letterAfter = LETTER_OR_DIGIT.test(after);
  if (letterBefore && letterAfter) return true;
  // '90s, 'n' — an elision before a digit or a lone letter.
  return !letterBefore && letterAfter && /\d/u.test(after);
}

function canOpen(mark: string, before: string, after: string): boolean {
  // CJK corner brackets open wherever they stand (no spaces in those scripts).
  if (mark === '「' || mark === '『') return true;
  if (mark === '»' || mark === '›') return !SPACE.test(after) && after !== '' && BEFORE_OPENING.test(before);
  // French typography puts a (narrow) no-break space inside any quotation mark.
  if (NO_BREAK_SPACE.test(after)) return BEFORE_OPENING.test(before) && !'’”」』'.includes(mark);
  if (mark === '’' || mark === '”' || mark === '」' || mark === '』') return false;
  if (after === '' || (SPACE.test(after) && !'«‹'.includes(mark))) return false;
  return BEFORE_OPENING.test(before);
}

function canClose(mark: string, before: string, after: string): boolean {
  // French closers may follow a space; the others follow the quoted text directly.
  if ('»›«‹」』'.includes(mark)) return true;
  if (SPACE.test(before) && !NO_BREAK_SPACE.test(before)) return false;
  // A straight or single closing mark is followed by space or punctuation, not by a letter.
  return !"'’\"".includes(mark) || AFTER_CLOSING.test(after);
}

/** A mark that can only close, standing where a closing mark would: a lone » or ”. */
function isClosingOnly(mark: string, before: string, after: string): boolean {
  if (mark === '»' || mark === '›') return SPACE.test(after) || after === '' || !SPACE.test(before);
  return mark === '”' || mark === '」' || mark === '』';
}
