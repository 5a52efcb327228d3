import { countBelow } from '../../document/search.js';
import { localeFor } from '../../locales/index.js';
import type { LocaleData } from '../../locales/types.js';
import { findNumbers, type NumberToken } from '../figures/numbers.js';
import { isValidDay } from './calendar.js';
import { dateLexicon, tokenize, type DateLexicon, type Part, type Shift, type Token, type Unit } from './lexicon.js';

/** The parts of a calendar date the text states. Months 1–12, weekdays 1–7 from Monday. */
export interface Calendar {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** A year stated relative to the article's own ("de este año" 0, "do ano passado" -1). */
  yearShift?: number;
}

export type Expression =
  /** "lundi 19 décembre", "février 2019", "1994", "juin dernier" (shift -1), "el próximo 31 de diciembre" (shift 1). */
  | { kind: 'calendar'; calendar: Calendar; shift?: -1 | 0 | 1 | undefined }
  /**
   * A distance from the article's date or, with `anchor`, from the date just mentioned: "hier",
   * "il y a trois ans", "la semaine dernière" (`whole`: the entire week), "deux ans plus tard".
   * `current`: "the year" of "later in the year", the one under discussion: the anchor's, or
   * the article's when no date came before.
   */
  | { kind: 'offset'; unit: Unit; amount: number; anchor: boolean; whole: boolean; current?: boolean }
  /** Spring 1 to winter 4: "cet été", "im Herbst", "l'hiver 2022". */
  | { kind: 'season'; season: number; year?: number | undefined; shift?: -1 | 0 | 1 | undefined }
  /** "fourth quarter", "Q4 2004". */
  | { kind: 'quarter'; quarter: number; year?: number | undefined; shift?: -1 | 0 | 1 | undefined }
  /** Whole years from `from` to `to`: a century ("XXe siècle") or a decade ("the 1960s"). */
  | { kind: 'years'; from: number; to: number };

/** One date expression of the text, before it is resolved. Offsets are UTF-16. */
export interface DateMention {
  start: number;
  end: number;
  expression: Expression;
  /** The last date of a range ("entre 2001 et 2020", "du 28 au 30 juin"). */
  until?: Expression | undefined;
  part?: Part | undefined;
  /** "ce lundi 19 décembre", "this Tuesday": a day the article speaks of as its own. */
  deictic: boolean;
  /** Right after a publication cue ("publié le", "updated"), or standing as a stamp at the end of a line. */
  published: boolean;
}

interface Parsed {
  expression: Expression;
  start: number;
  next: number;
  part?: Part | undefined;
  deictic?: boolean;
}

/** Years a bare four-digit number may be without a cue; earlier ones need "en", "in", "году". */
const BARE_YEARS = { from: 1900, to: 2100 };
const ANY_YEARS = { from: 1000, to: 2100 };
const ROMAN = /^([IVXL]+)(?:e|er|ème|th|st|nd|rd|\.)?$/u;

/** Every date expression of a text, in order. `excluded` are ranges (UTF-16) already read as figures. */
export function findDateMentions(text: string, locale: LocaleData, excluded: ReadonlyArray<{ start: number; end: number }> = [], numbers?: readonly NumberToken[]): DateMention[] {
  return new Matcher(text, locale, excluded, numbers).all();
}

class Matcher {
  private readonly tokens: Token[];
  private readonly lexicon: DateLexicon;
  /** English month names, for the "July 7, 2022" that embedded posts carry in any language. */
  private readonly english: DateLexicon | null;
  private numbers: Map<number, NumberToken> | undefined;
  private unitTokens: boolean[] | undefined;

  constructor(
    private readonly text: string,
    private readonly locale: LocaleData,
    private readonly excluded: ReadonlyArray<{ start: number; end: number }>,
    read?: readonly NumberToken[],
  ) {
    if (read) this.numbers = new Map(read.map((number) => [number.start, number]));
    this.tokens = tokenize(text);
    this.lexicon = dateLexicon(locale);
    const english = localeFor('eng');
    this.english = english && english !== locale ? dateLexicon(english) : null;
  }

  all(): DateMention[] {
    const mentions: DateMention[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      const found = this.mayStart(i) ? (this.range(i) ?? this.withAlternatives(i)) : null;
      if (!found) {
        i++;
        continue;
      }
      for (const [parsed, until] of found.items) mentions.push(this.mention(parsed, until));
      i = found.next;
    }
    return mentions;
  }

  /**
   * Numbers, listed words, English months (embedded posts), Roman numerals (centuries), and any
   * word a few tokens before a unit ("trois ans plus tard", "fünfundzwanzig Jahre").
   */
  private mayStart(i: number): boolean {
    const token = this.tokens[i] as Token;
    if (token.kind === 'number') return true;
    if (token.kind === 'mark') return false;
    return this.lexicon.starters.has(token.text) || (this.english?.starters.has(token.text) ?? false) || ROMAN.test(token.raw) || this.unitWithin(i + 1, 4);
  }

  private mention(parsed: Parsed, until?: Parsed): DateMention {
    const first = this.tokens[parsed.start] as Token;
    const last = this.tokens[(until ?? parsed).next - 1] as Token;
    return {
      start: first.start,
      end: last.end,
      expression: parsed.expression,
      until: until?.expression,
      part: parsed.part,
      deictic: parsed.deictic === true,
      published: this.isPublished(parsed),
    };
  }

  // ——— ranges and alternatives ———

  /** "entre 2001 et 2020", "du 28 au 30 juin", "2001–2020": one mention with both ends. */
  private range(i: number): { items: Array<[Parsed, Parsed]>; next: number } | null {
    const opening = this.lexicon.rangeStarts.at(this.tokens, i);
    if (opening) {
      const from = this.single(opening.next, true) ?? this.bareDay(opening.next);
      if (!from) return null;
      const second = opening.value.at(this.tokens, from.next);
      if (!second) return null;
      const until = this.single(this.skipArticles(second.next), true);
      if (!until) return null;
      return { items: [[{ ...share(from, until), start: i }, until]], next: until.next };
    }
    const from = this.year(i, false);
    const dash = this.tokens[from?.next ?? -1];
    if (from && dash && (dash.text === '-' || dash.text === '–') && dash.joined) {
      const until = this.year(from.next + 1, false);
      const [a, b] = [yearOf(from), yearOf(until)];
      if (until && a !== undefined && b !== undefined && b > a && b - a <= 200) return { items: [[from, until]], next: until.next };
    }
    return null;
  }

  /** One expression, and those joined to it by "ou", "or", "y" that share its missing year. */
  private withAlternatives(i: number): { items: Array<[Parsed, undefined]>; next: number } | null {
    const first = this.single(i, false);
    if (!first) return null;
    const items: Parsed[] = [first];
    let last = first;
    for (;;) {
      const joiner = this.lexicon.alternatives.at(this.tokens, last.next);
      if (!joiner) break;
      const next = this.single(this.skipArticles(joiner.next), true);
      if (!next || next.expression.kind !== last.expression.kind) break;
      items.push(next);
      last = next;
    }
    const shared = items.map((item) => share(item, last));
    return { items: shared.map((item) => [item, undefined]), next: last.next };
  }

  // ——— one expression ———

  /** `loose`: inside a range or a list, where a month or a season may stand alone. */
  private single(i: number, loose: boolean): Parsed | null {
    const part = this.lexicon.parts.at(this.tokens, i);
    if (part) {
      const at = this.skipJoinersAndArticles(part.next);
      const inner = this.core(at, true);
      if (inner && isPeriod(inner.expression)) return { ...inner, start: i, part: part.value };
      // "à la fin de l'année", "au début du mois", "later in the year": the period under discussion.
      const unit = inner ? null : this.lexicon.units.at(this.tokens, at);
      if (unit?.value.singular && unit.value.unit !== 'day') {
        return { expression: { kind: 'offset', unit: unit.value.unit, amount: 0, anchor: true, whole: true, current: true }, start: i, next: unit.next, part: part.value };
      }
    }
    return this.core(i, loose);
  }

  private core(i: number, loose: boolean): Parsed | null {
    const token = this.tokens[i];
    if (!token) return null;
    return (
      this.numericDate(i) ??
      this.agoBefore(i) ??
      this.fromAnchorBefore(i) ??
      this.dayWord(i) ??
      this.shiftedBefore(i) ??
      this.amountAndUnit(i) ??
      this.unitShiftedAfter(i) ??
      this.weekday(i, loose) ??
      this.dayMonth(i) ??
      this.month(i, loose) ??
      this.dayOfMonth(i) ??
      this.season(i, loose) ??
      this.quarter(i) ??
      this.century(i) ??
      this.decade(i) ??
      this.embeddedEnglishDate(i) ??
      this.year(i, true)
    );
  }

  /** "19/12/2022", "09.07.2022", "2022-12-19". */
  private numericDate(i: number): Parsed | null {
    const t = this.tokens;
    const [a, s1, b, s2, c] = [t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4]];
    if (!a || !s1 || !b || !s2 || !c || a.kind !== 'number' || b.kind !== 'number' || c.kind !== 'number') return null;
    if (!['/', '.', '-'].includes(s1.text) || s1.text !== s2.text || !s1.glued || !b.glued || !s2.glued || !c.glued) return null;
    if (this.touchesDigits(a.start, c.end)) return null;
    let calendar: Calendar | null = null;
    if (a.raw.length === 4 && s1.text === '-') calendar = { year: Number(a.raw), month: Number(b.raw), day: Number(c.raw) };
    else if (c.raw.length === 4 || (c.raw.length === 2 && s1.text !== '-')) {
      const year = c.raw.length === 4 ? Number(c.raw) : 2000 + Number(c.raw);
      const [first, second] = [Number(a.raw), Number(b.raw)];
      // Month first where the language writes it so, unless the first number cannot be a month.
      const monthFirst = this.lexicon.monthFirst && s1.text === '/' && first <= 12;
      calendar = monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
    }
    if (!calendar || !isValidDay(calendar.year as number, calendar.month as number, calendar.day as number)) return null;
    return { expression: { kind: 'calendar', calendar }, start: i, next: i + 5 };
  }

  /** "il y a trois ans", "hace dos años", "vor sieben Jahren". */
  private agoBefore(i: number): Parsed | null {
    const cue = this.lexicon.agoBefore.at(this.tokens, i);
    if (!cue) return null;
    const amount = this.amountAndUnitAt(cue.next);
    if (!amount) return null;
    return { expression: { kind: 'offset', unit: amount.unit, amount: -amount.amount, anchor: false, whole: false }, start: i, next: amount.next };
  }

  /** "спустя два года": from the date just mentioned. */
  private fromAnchorBefore(i: number): Parsed | null {
    const later = this.lexicon.laterBefore.at(this.tokens, i);
    const earlier = later ? null : this.lexicon.earlierBefore.at(this.tokens, i);
    const cue = later ?? earlier;
    if (!cue) return null;
    const amount = this.amountAndUnitAt(cue.next);
    // "después de 53 años de historia", "dopo vent'anni di attesa": a length of something, no date.
    if (!amount || this.lexicon.joiners.at(this.tokens, amount.next)) return null;
    return { expression: { kind: 'offset', unit: amount.unit, amount: later ? amount.amount : -amount.amount, anchor: true, whole: false }, start: i, next: amount.next };
  }

  /** "hier", "demain", "le lendemain", "the same day". */
  private dayWord(i: number): Parsed | null {
    const fromToday = this.lexicon.days.at(this.tokens, i);
    // "am Freitag morgen", "gestern abend": after a weekday or a day word, a time of day.
    if (fromToday && !this.afterDayName(i) && !this.insideNotDay(i, fromToday.next)) return { expression: { kind: 'offset', unit: 'day', amount: fromToday.value, anchor: false, whole: true }, start: i, next: fromToday.next };
    const fromAnchor = this.lexicon.anchorDays.at(this.tokens, i);
    if (fromAnchor) return { expression: { kind: 'offset', unit: 'day', amount: fromAnchor.value, anchor: true, whole: true }, start: i, next: fromAnchor.next };
    return null;
  }

  /** "ce lundi 19 décembre", "last Friday", "el próximo 31 de diciembre", "cette année", "this summer". */
  private shiftedBefore(i: number): Parsed | null {
    const shift = this.lexicon.shiftsBefore.at(this.tokens, i);
    if (!shift) return null;
    const j = this.skipArticles(shift.next);
    const { value } = shift;
    const target = this.weekday(j, true) ?? this.dayMonth(j) ?? this.dayOfMonth(j) ?? this.month(j, true) ?? this.season(j, true);
    if (target && (target.expression.kind === 'calendar' || target.expression.kind === 'season')) {
      if (value.anchor) return null;
      const expression = { ...target.expression, shift: value.shift };
      const calendar = target.expression.kind === 'calendar' ? target.expression.calendar : undefined;
      const deictic = value.shift === 0 && calendar !== undefined && (calendar.day !== undefined || calendar.weekday !== undefined);
      return { expression, start: i, next: target.next, deictic };
    }
    // "this year", never "the coming months": a period, not a vague stretch of them.
    const unit = this.lexicon.units.at(this.tokens, j);
    if (!unit?.value.singular) return null;
    // "ce mois-ci", "this year": an optional "-ci" that changes nothing.
    const after = this.lexicon.shiftsAfter.at(this.tokens, unit.next);
    const next = after && after.value.shift === 0 ? after.next : unit.next;
    return { expression: offsetOf(unit.value.unit, value), start: i, next };
  }

  /** "trois ans plus tard", "two years ago", "20 anni fa", "a year earlier", "im Jahr 2016". */
  private amountAndUnit(i: number): Parsed | null {
    const counted = this.amountAndUnitAt(i);
    const unit = counted ? null : this.lexicon.units.at(this.tokens, i);
    if (unit?.value.unit === 'year' && unit.value.singular) {
      const year = this.year(this.skipArticles(unit.next), false, true);
      if (year) return { ...year, start: i };
    }
    // A singular unit after an article counts one ("a year earlier"; not "jour pour jour après").
    const afterArticle = unit?.value.singular && this.lexicon.articles.before(this.tokens, i) !== null;
    const amount = counted ?? (unit && afterArticle ? { amount: 1, unit: unit.value.unit, next: unit.next } : null);
    if (!amount) return null;
    const ago = this.lexicon.agoAfter.at(this.tokens, amount.next);
    if (ago) return { expression: { kind: 'offset', unit: amount.unit, amount: -amount.amount, anchor: false, whole: false }, start: i, next: ago.next };
    const later = this.lexicon.laterAfter.at(this.tokens, amount.next);
    const earlier = later ? null : this.lexicon.earlierAfter.at(this.tokens, amount.next);
    const cue = later ?? earlier;
    // "trois ans avant de revenir", "tres años antes de": how long before doing something, no date.
    if (!cue || this.lexicon.joiners.at(this.tokens, cue.next)) return null;
    return { expression: { kind: 'offset', unit: amount.unit, amount: later ? amount.amount : -amount.amount, anchor: true, whole: false }, start: i, next: cue.next };
  }

  /** "la semaine dernière", "el año pasado", "l'année suivante", "ano seguinte". */
  private unitShiftedAfter(i: number): Parsed | null {
    const unit = this.lexicon.units.at(this.tokens, i);
    if (!unit?.value.singular) return null;
    const shift = this.lexicon.shiftsAfter.at(this.tokens, unit.next);
    if (!shift) return null;
    return { expression: offsetOf(unit.value.unit, shift.value), start: i, next: shift.next };
  }

  /** "lundi", "lundi 19 décembre", "quinta-feira (2)", "vendredi dernier", "Monday, December 19". */
  private weekday(i: number, loose: boolean): Parsed | null {
    const found = this.lexicon.weekdays.at(this.tokens, i);
    if (!found || !this.nameCase(i)) return null;
    let j = found.next;
    if (this.tokens[j]?.text === ',') j++;
    const date = this.dayMonth(j) ?? (this.lexicon.monthFirst ? this.monthDay(j) : null);
    if (date && date.expression.kind === 'calendar') {
      return { expression: { kind: 'calendar', calendar: { ...date.expression.calendar, weekday: found.value } }, start: i, next: date.next };
    }
    // "quinta-feira (2)": the day in brackets.
    const [open, day, close] = [this.tokens[found.next], this.tokens[found.next + 1], this.tokens[found.next + 2]];
    if (open?.text === '(' && day?.kind === 'number' && close?.text === ')' && Number(day.raw) >= 1 && Number(day.raw) <= 31) {
      return { expression: { kind: 'calendar', calendar: { weekday: found.value, day: Number(day.raw) } }, start: i, next: found.next + 3 };
    }
    // "na quinta, o ministro…", "el domingo en la madrugada", never "na quinta fase": an ambiguous
    // form needs a cue and no noun after it (a cue word may follow).
    const ambiguous = this.lexicon.ambiguousWeekdays.at(this.tokens, i)?.next === found.next;
    const shift = this.lexicon.shiftsAfter.at(this.tokens, found.next);
    const followedByWord = this.tokens[found.next]?.kind === 'word' && this.tokens[found.next]?.joined === true && !shift && this.lexicon.cues.at(this.tokens, found.next) === null;
    if (ambiguous && !loose && (!this.hasCue(i) || followedByWord)) return null;
    // "The Sunday Telegraph", "Black Friday Sale": a weekday before a capitalised word, with no cue, names something.
    const after = this.tokens[found.next];
    if (after?.joined && after.kind === 'word' && isCapitalised(after) && !this.hasCue(i) && !this.lexicon.shiftsBefore.before(this.tokens, i)) return null;
    if (shift && !shift.value.anchor) return { expression: { kind: 'calendar', calendar: { weekday: found.value }, shift: shift.value.shift }, start: i, next: shift.next };
    return { expression: { kind: 'calendar', calendar: { weekday: found.value } }, start: i, next: found.next };
  }

  /** "19 décembre", "1er janvier 2020", "19. Dezember", "20 de septiembre de este año", "19th of December". */
  private dayMonth(i: number): Parsed | null {
    const day = this.dayNumber(i);
    if (!day) return null;
    const month = this.lexicon.months.at(this.tokens, this.skipJoinersAndArticles(day.next));
    if (!month || !this.nameCase(this.skipJoinersAndArticles(day.next))) return null;
    const calendar: Calendar = { day: day.value, month: month.value };
    const year = this.yearAfter(month.next);
    if (year) Object.assign(calendar, year.calendar);
    return { expression: { kind: 'calendar', calendar }, start: i, next: year?.next ?? month.next };
  }

  /** "December 19", "December 19th, 2022" (where the month comes first). */
  private monthDay(i: number): Parsed | null {
    const month = this.lexicon.months.at(this.tokens, i);
    if (!month || !this.nameCase(i)) return null;
    const day = this.dayNumber(month.next);
    if (!day) return null;
    const calendar: Calendar = { month: month.value, day: day.value };
    const year = this.yearAfter(day.next);
    if (year) Object.assign(calendar, year.calendar);
    return { expression: { kind: 'calendar', calendar }, start: i, next: year?.next ?? day.next };
  }

  /** "février 2019", "maio de 2013", "julho do ano passado", "juin dernier", "en juin". */
  private month(i: number, loose: boolean): Parsed | null {
    if (this.lexicon.monthFirst) {
      const withDay = this.monthDay(i);
      if (withDay) return withDay;
    }
    const month = this.lexicon.months.at(this.tokens, i);
    if (!month || !this.nameCase(i)) return null;
    const year = this.yearAfter(month.next);
    if (year) return { expression: { kind: 'calendar', calendar: { month: month.value, ...year.calendar } }, start: i, next: year.next };
    const shift = this.lexicon.shiftsAfter.at(this.tokens, month.next);
    if (shift && !shift.value.anchor) return { expression: { kind: 'calendar', calendar: { month: month.value }, shift: shift.value.shift }, start: i, next: shift.next };
    // A month alone: after a cue ("en juin", "in May"), never an abbreviation ("mar.").
    const abbreviated = this.tokens[month.next - 1]?.text === '.';
    if (abbreviated || !(loose || this.hasCue(i))) return null;
    return { expression: { kind: 'calendar', calendar: { month: month.value } }, start: i, next: month.next };
  }

  /** "dia 5", "el día 5". */
  private dayOfMonth(i: number): Parsed | null {
    const word = this.lexicon.dayWords.at(this.tokens, i);
    if (!word) return null;
    const date = this.dayMonth(word.next);
    if (date) return { ...date, start: i };
    const day = this.dayNumber(word.next);
    if (!day) return null;
    return { expression: { kind: 'calendar', calendar: { day: day.value } }, start: i, next: day.next };
  }

  /** "cet été", "im Herbst", "l'hiver 2022", "l'été dernier"; alone only after a cue. */
  private season(i: number, loose: boolean): Parsed | null {
    const season = this.lexicon.seasons.at(this.tokens, i);
    if (!season) return null;
    const year = this.yearAfter(season.next);
    if (year?.calendar.year !== undefined) return { expression: { kind: 'season', season: season.value, year: year.calendar.year }, start: i, next: year.next };
    const shift = this.lexicon.shiftsAfter.at(this.tokens, season.next);
    if (shift && !shift.value.anchor) return { expression: { kind: 'season', season: season.value, shift: shift.value.shift }, start: i, next: shift.next };
    const standalone = this.lexicon.standaloneSeasons.at(this.tokens, i)?.next === season.next;
    if (!(loose || standalone || this.hasCue(i))) return null;
    return { expression: { kind: 'season', season: season.value }, start: i, next: season.next };
  }

  /** "fourth quarter", "le troisième trimestre 2022", "Q4 2004". */
  private quarter(i: number): Parsed | null {
    const ordinal = this.lexicon.quarterOrdinals.at(this.tokens, i);
    if (!ordinal) return null;
    const word = this.lexicon.quarterWords.at(this.tokens, ordinal.next);
    // "Q4", "T4": a letter and a digit, two tokens.
    const short = ordinal.next === i + 2 && this.tokens[i + 1]?.kind === 'number' && this.tokens[i + 1]?.glued === true;
    if (!word && !short) return null;
    const after = word?.next ?? ordinal.next;
    const year = this.yearAfter(after);
    return { expression: { kind: 'quarter', quarter: ordinal.value, year: year?.calendar.year }, start: i, next: year?.next ?? after };
  }

  /** "XXe siècle", "20th century", "siglo XX", "20. Jahrhundert". */
  private century(i: number): Parsed | null {
    const numberFirst = this.centuryNumber(i);
    if (numberFirst) {
      const word = this.lexicon.centuries.at(this.tokens, numberFirst.next);
      if (word) return { expression: centuryOf(numberFirst.value), start: i, next: word.next };
    }
    const word = this.lexicon.centuries.at(this.tokens, i);
    if (!word) return null;
    const after = this.centuryNumber(word.next);
    return after ? { expression: centuryOf(after.value), start: i, next: after.next } : null;
  }

  private centuryNumber(i: number): { value: number; next: number } | null {
    const token = this.tokens[i];
    if (!token) return null;
    const roman = ROMAN.exec(token.raw);
    if (roman) {
      const value = romanValue(roman[1] as string);
      return value >= 1 && value <= 30 ? { value, next: i + 1 } : null;
    }
    const day = this.dayNumber(i);
    return day && (this.tokens[i + 1]?.glued ?? false) ? day : null;
  }

  /** "1960s", "1960er", "1960-х", "années 1960", "años 60". */
  private decade(i: number): Parsed | null {
    const word = this.lexicon.decades.at(this.tokens, i);
    if (word) {
      const number = this.tokens[word.next];
      if (number?.kind === 'number' && number.raw.endsWith('0') && (number.raw.length === 4 || number.raw.length === 2)) {
        const from = number.raw.length === 4 ? Number(number.raw) : 1900 + Number(number.raw);
        return { expression: { kind: 'years', from, to: from + 9 }, start: i, next: word.next + 1 };
      }
    }
    const number = this.tokens[i];
    if (number?.kind !== 'number' || number.raw.length !== 4 || !number.raw.endsWith('0')) return null;
    const suffix = this.tokens[i + 1];
    const dashed = suffix?.text === '-' && suffix.glued ? this.tokens[i + 2] : suffix;
    if (!suffix?.glued || !dashed?.glued || !['s', 'er', 'х', 'x'].includes(dashed.text)) return null;
    const from = Number(number.raw);
    const next = dashed === suffix ? i + 2 : i + 3;
    return { expression: { kind: 'years', from, to: from + 9 }, start: i, next };
  }

  /** A year in digits: 1900–2100 anywhere it is no figure, earlier ones after a cue or before "году". */
  private year(i: number, bare: boolean, afterUnit = false): Parsed | null {
    const token = this.tokens[i];
    if (token?.kind !== 'number' || token.raw.length !== 4) return null;
    const value = Number(token.raw);
    if (value < ANY_YEARS.from || value > ANY_YEARS.to || this.touchesDigits(token.start, token.end) || this.isExcluded(token)) return null;
    // Not glued to letters ("A320", "2020s" is a decade), except a listed suffix ("1973-м").
    const next = this.tokens[i + 1];
    const suffix = this.lexicon.yearWords.at(this.tokens, next?.text === '-' && next.glued ? i + 2 : i + 1);
    if (next?.glued && next.kind === 'word' && !suffix) return null;
    const previous = this.tokens[i - 1];
    if (token.glued && previous?.kind === 'word') return null;
    const inRange = value >= BARE_YEARS.from && value <= BARE_YEARS.to;
    if (bare && !inRange && !suffix && !afterUnit && !this.hasCue(i)) return null;
    return { expression: { kind: 'calendar', calendar: { year: value } }, start: i, next: suffix?.next ?? i + 1 };
  }

  /** "July 7, 2022" in a French article: the date line of an embedded post, always in English. */
  private embeddedEnglishDate(i: number): Parsed | null {
    const month = this.english?.months.at(this.tokens, i);
    if (!month || !isCapitalised(this.tokens[i] as Token)) return null;
    const [day, comma, year] = [this.tokens[month.next], this.tokens[month.next + 1], this.tokens[month.next + 2]];
    if (day?.kind !== 'number' || comma?.text !== ',' || !comma.glued || year?.kind !== 'number' || year.raw.length !== 4) return null;
    const calendar = { year: Number(year.raw), month: month.value, day: Number(day.raw) };
    if (!isValidDay(calendar.year, calendar.month, calendar.day)) return null;
    return { expression: { kind: 'calendar', calendar }, start: i, next: month.next + 3 };
  }

  // ——— pieces ———

  /** A year after a month or a day: "2019", "de 2013", ", 2022", "de este año", "do ano passado". */
  private yearAfter(i: number): { calendar: Calendar; next: number } | null {
    // "December 19, 2022": a comma before a year in digits only, never before "l'anno prossimo".
    const comma = this.tokens[i]?.text === ',';
    const j = this.skipJoinersAndArticles(comma ? i + 1 : i);
    const year = this.year(j, false, true);
    if (year && year.expression.kind === 'calendar') return { calendar: year.expression.calendar, next: year.next };
    if (comma) return null;
    const shifted = this.relativeYear(j);
    return shifted ? { calendar: { yearShift: shifted.shift }, next: shifted.next } : null;
  }

  /** "este año", "ano passado", "l'année dernière", "last year", "dieses Jahres". */
  private relativeYear(i: number): { shift: number; next: number } | null {
    const before = this.lexicon.shiftsBefore.at(this.tokens, i);
    if (before && !before.value.anchor) {
      const unit = this.lexicon.units.at(this.tokens, this.skipArticles(before.next));
      if (unit?.value.unit === 'year') return { shift: before.value.shift, next: unit.next };
    }
    const unit = this.lexicon.units.at(this.tokens, i);
    if (unit?.value.unit !== 'year') return null;
    const after = this.lexicon.shiftsAfter.at(this.tokens, unit.next);
    return after && !after.value.anchor ? { shift: after.value.shift, next: after.next } : null;
  }

  /** A day of the month: "19", "1er", "21st", "19." (a dot where the language writes one), "1º". */
  private dayNumber(i: number): { value: number; next: number } | null {
    const token = this.tokens[i];
    if (token?.kind !== 'number' || token.raw.length > 2 || this.touchesDigits(token.start, token.end)) return null;
    const value = Number(token.raw);
    if (value < 1 || value > 31) return null;
    const next = this.tokens[i + 1];
    const dot = next?.text === '.' && this.locale.ordinalDot;
    if (next?.glued && (this.lexicon.ordinalSuffixes.has(next.text) || dot || next.text === 'º' || next.text === '°')) return { value, next: i + 2 };
    const hyphenated = this.tokens[i + 2];
    if (next?.text === '-' && next.glued && hyphenated?.glued && this.lexicon.ordinalSuffixes.has(hyphenated.text)) return { value, next: i + 3 };
    if (next?.glued && next.kind === 'word') return null;
    return { value, next: i + 1 };
  }

  /** "28" opening a range whose end names the month: "du 28 au 30 juin". */
  private bareDay(i: number): Parsed | null {
    const day = this.dayNumber(i);
    return day ? { expression: { kind: 'calendar', calendar: { day: day.value } }, start: i, next: day.next } : null;
  }

  /** A count and a unit: "trois ans", "20 anni", "a year", "zwei Wochen". */
  private amountAndUnitAt(i: number): { amount: number; unit: Unit; next: number } | null {
    const token = this.tokens[i];
    // Numbers are read (digits and words, "vingt-huit") only where a unit word follows closely.
    if (!token || token.kind === 'mark' || !this.unitWithin(i + 1, 4)) return null;
    const number = this.numberAt(token.start);
    if (!number || !Number.isInteger(number.value) || number.value <= 0 || number.value > 10_000) return null;
    let j = i;
    while (j < this.tokens.length && (this.tokens[j] as Token).start < number.end) j++;
    const unit = this.lexicon.units.at(this.tokens, j);
    return unit ? { amount: number.value, unit: unit.value.unit, next: unit.next } : null;
  }

  private unitWithin(from: number, count: number): boolean {
    this.unitTokens ??= this.tokens.map((_, j) => this.lexicon.units.at(this.tokens, j) !== null);
    for (let j = from; j < Math.min(from + count, this.tokens.length); j++) if (this.unitTokens[j]) return true;
    return false;
  }

  private numberAt(start: number): NumberToken | undefined {
    this.numbers ??= new Map(findNumbers(this.text, this.locale).map((number) => [number.start, number]));
    return this.numbers.get(start);
  }

  /** A cue right before (articles skipped): "en juin", "im Herbst", "on Friday", "desde el 19". */
  private hasCue(i: number): boolean {
    let j = i;
    const article = this.lexicon.articles.before(this.tokens, j);
    if (article) j = article.start;
    return this.lexicon.cues.before(this.tokens, j) !== null || this.lexicon.shiftsBefore.before(this.tokens, j) !== null;
  }

  private afterDayName(i: number): boolean {
    const previous = this.tokens[i - 1];
    if (!previous || !(this.tokens[i] as Token).joined) return false;
    return this.lexicon.weekdays.before(this.tokens, i) !== null || this.lexicon.days.before(this.tokens, i) !== null;
  }

  /** "am Morgen", "por la mañana": the day word inside a phrase that means a time of day. */
  private insideNotDay(start: number, next: number): boolean {
    for (let end = next; end <= Math.min(next + 2, this.tokens.length); end++) {
      const phrase = this.lexicon.notDays.before(this.tokens, end);
      if (phrase && phrase.start <= start) return true;
    }
    return false;
  }

  private skipArticles(i: number): number {
    return this.lexicon.articles.at(this.tokens, i)?.next ?? i;
  }

  private skipJoinersAndArticles(i: number): number {
    return this.skipArticles(this.lexicon.joiners.at(this.tokens, i)?.next ?? i);
  }

  /** Where names take capitals ("May", "Montag"), a lower-case form is another word. */
  private nameCase(i: number): boolean {
    return !this.lexicon.capitalised || isCapitalised(this.tokens[i] as Token);
  }

  /** Part of a longer number: "38,5", "1.2019", "2019.5". */
  private touchesDigits(start: number, end: number): boolean {
    return /[\d][.,]?$/u.test(this.text.slice(Math.max(0, start - 2), start)) || /^[.,]?\d/u.test(this.text.slice(end, end + 2));
  }

  /** Whether a figure covers the token; the ranges come in text order, so a binary search finds it. */
  private isExcluded(token: Token): boolean {
    const range = this.excluded[countBelow(this.excluded, token.start + 1, (figure) => figure.end)];
    return range !== undefined && range.start < token.end;
  }

  private isPublished(parsed: Parsed): boolean {
    if (parsed.expression.kind !== 'calendar') return false;
    const { year, month, day } = parsed.expression.calendar;
    if (year === undefined || month === undefined || day === undefined) return false;
    if (this.lexicon.publicationCues.before(this.tokens, parsed.start)) return true;
    // A stamp: the date ends its line, with no sentence around it ("…vom 09.07.2022").
    const after = this.tokens[parsed.next];
    return after === undefined || !after.joined;
  }
}

function isCapitalised(token: Token): boolean {
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase();
}

function isPeriod(expression: Expression): boolean {
  switch (expression.kind) {
    case 'calendar':
      return expression.calendar.day === undefined && expression.calendar.weekday === undefined;
    case 'offset':
      return expression.whole && expression.unit !== 'day';
    default:
      return true;
  }
}

function offsetOf(unit: Unit, shift: Shift): Expression {
  // "the next day", "le jour suivant": a day counts from the date just mentioned.
  return { kind: 'offset', unit, amount: shift.shift, anchor: shift.anchor || (unit === 'day' && shift.shift !== 0), whole: true };
}

function centuryOf(century: number): Expression {
  return { kind: 'years', from: (century - 1) * 100 + 1, to: century * 100 };
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i] as string] as number;
    const next = values[roman[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function yearOf(parsed: Parsed | null): number | undefined {
  return parsed?.expression.kind === 'calendar' ? parsed.expression.calendar.year : undefined;
}

/** The start of a range or list takes what only its end states: "avril et décembre 2020", "28 au 30 juin". */
function share(from: Parsed, until: Parsed): Parsed {
  if (from.expression.kind !== 'calendar' || until.expression.kind !== 'calendar') return from;
  const a = from.expression.calendar;
  const b = until.expression.calendar;
  const calendar: Calendar = { ...a };
  if (a.year === undefined && a.yearShift === undefined) {
    if (b.year !== undefined && (a.month !== undefined || a.day !== undefined)) calendar.year = b.year;
    if (b.yearShift !== undefined && (a.month !== undefined || a.day !== undefined)) calendar.yearShift = b.yearShift;
  }
  if (a.month === undefined && a.day !== undefined && b.month !== undefined) calendar.month = b.month;
  return { ...from, expression: { ...from.expression, calendar } };
}
