import type { Document } from '../document/document.js';
import { SentenceIndex } from '../document/sentences.js';
import type { Segment } from '../document/segments.js';

/**
 * Sentences and paragraphs of report spans (code point offsets), cut as the extractors cut them
 * (abbreviations, initials and ordinals repaired), for the rules that ask whether two spans stand
 * in one sentence or one paragraph.
 */
export class SpanSentences {
  private readonly index: SentenceIndex;

  constructor(private readonly doc: Document) {
    this.index = new SentenceIndex(doc.paragraphs, doc.locale);
  }

  /** The paragraph holding a code point offset, or -1. */
  paragraphOf(offset: number): number {
    return this.index.paragraphOf(this.doc.positions.fromCodePoint(offset));
  }

  /** The sentence holding a code point offset, in code points; the offset alone outside any paragraph. */
  sentenceOf(offset: number): { start: number; end: number } {
    const at = this.doc.positions.fromCodePoint(offset);
    const paragraph = this.index.paragraphOf(at);
    if (paragraph < 0) return { start: offset, end: offset };
    const sentence: Segment = this.index.around(paragraph, at);
    return { start: this.doc.positions.toCodePoint(sentence.start), end: this.doc.positions.toCodePoint(sentence.end) };
  }

  /** Whether two code point offsets stand in one sentence. */
  sameSentence(a: number, b: number): boolean {
    return this.sentenceOf(a).start === this.sentenceOf(b).start;
  }
}
