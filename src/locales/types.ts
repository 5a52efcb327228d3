/**
 * What copydesk knows of one language, as plain data. Each later extractor (quotes, figures,
 * dates) adds its own word lists here; the extractors themselves stay language-neutral.
 */
export interface LocaleData {
  /** BCP 47 tag, also the folder name: "fr". */
  tag: string;
  /** ISO 639-3 code, as reported: "fra". */
  code: string;
  /** English name, as reported: "French". */
  name: string;
  /**
   * Abbreviations that never end a sentence (titles before a name, "z. B.", "U.S."),
   * written with their dots. Matched case-sensitively at the end of a sentence candidate.
   */
  abbreviations: readonly string[];
  /** True where a number followed by a dot is an ordinal ("am 1. März"), not a sentence end. */
  ordinalDot: boolean;
}
