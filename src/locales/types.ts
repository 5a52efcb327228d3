/**
 * What copydesk knows of one language, as plain data. Each later extractor (quotes, figures,
 * dates) adds its own word lists here; the extractors themselves stay language-neutral.
 */
/**
 * How a language attributes quoted speech, as plain lower-case word lists. Every list holds
 * forms exactly as they appear in running text (no stems, no patterns): the quotes extractor
 * matches them as whole words, longest first, case-insensitively.
 */
export interface SpeechData {
  /**
   * Attribution verbs in every form a news text uses them: simple and compound tenses, both
   * genders and numbers of participles, reflexive and inverted/clitic forms. French:
   * "a déclaré", "déclare", "déclarait", "a-t-il déclaré", "déclare-t-elle", "s'est félicité",
   * "s'est félicitée", "se félicite", "a estimé"…; English: "said", "says", "added", "told";
   * German: "sagte", "erklärte", "betonte"…. Several hundred forms per language.
   */
  verbs: readonly string[];
  /**
   * Subject pronouns a verb carries after a hyphen in inverted attributions, with their linking
   * letters: French "-t-il", "-elle" ("déclare-t-il", "a-t-elle ajouté", "dit-il"). The verb
   * lists hold the plain forms; a form with one of these on its first word matches as the same.
   */
  cliticSuffixes?: readonly string[];
  /** Words before a source that attribute what follows or precedes: "selon", "d'après", "according to", "laut", "según", "secondo", "segundo". */
  sourcePrepositions: readonly string[];
  /**
   * Prepositions that name a source only when they open their clause and a named speaker follows
   * ("Pour Macron, « … »", "Per Valli «…»", "Para Sánchez, «…»"); elsewhere they mean "for".
   */
  clauseSourcePrepositions: readonly string[];
  /** Words after a source: German "zufolge" ("dem Minister zufolge"). */
  sourcePostpositions: readonly string[];
  /** Subject pronouns that can stand for a speaker, by grammatical gender ("il"/"elle", "he"/"she", "er"/"sie"). */
  pronouns: { masculine: readonly string[]; feminine: readonly string[]; plural: readonly string[] };
  /** Courtesy titles written before a name, with their dots where the language writes them: "M.", "Mme", "Mr", "Dr", "Herr", "Frau", "Sr.", "Sra.". */
  honorifics: readonly string[];
  /** Nouns naming a person by office or role, singular, both genders: "président", "présidente", "ministre", "porte-parole", "prime minister", "Kanzler", "Kanzlerin". */
  roles: readonly string[];
  /** Articles and determiners that open a role phrase: "le", "la", "l'", "the", "der", "die", "el", "il", "o", "a". */
  determiners: readonly string[];
  /**
   * Prepositions, contracted ones included ("du", "vom", "della", "pelo"): a name after one
   * ("von der WWF-Jugend", "a partner with Tods Murray", "d'Oslo") is a complement, never the
   * subject of an attribution verb. Source prepositions ("selon") are listed apart.
   */
  prepositions: readonly string[];
  /**
   * Words that stand between an auxiliary and its participle or between a subject and its verb
   * without changing who speaks: "a également souligné", "has also said", "hat zudem erklärt",
   * "ha ayer afirmado".
   */
  insertedAdverbs: readonly string[];
  /** Relative pronouns opening a clause inside a subject ("X, dont le pays …, a salué"): names in it are not the subject. */
  relativePronouns: readonly string[];
  /**
   * Roles that speak for a body rather than for themselves ("spokesman", "porte-parole",
   * "Sprecherin"): "a Labour Party spokesman said" quotes the party. Also roles, whether or not
   * the roles list repeats them.
   */
  spokesRoles: readonly string[];
  /**
   * Plural nouns for people who speak for the body named after them ("les dirigeants du G7",
   * "the G7 leaders", "die Vertreter der Leag"): the body is the speaker. Also roles.
   */
  groupNouns: readonly string[];
  /**
   * Common nouns naming a body that speaks ("le gouvernement indien", "l'organisation", "the
   * ministry", "die Polizei"): the speaker is the body the article names with that noun, or the
   * noun phrase itself. Also roles.
   */
  bodyNouns: readonly string[];
  /**
   * Nouns for a text that "says" something ("poursuit la déclaration", "the statement said"):
   * its words are those of whoever was quoted from it just before.
   */
  documentNouns: readonly string[];
  /**
   * Words that open a sentence with where its words come from, before a verb with no subject of
   * its own ("Dal ministero … fanno sapere", "Desde el ministerio señalaron", "Aus dem
   * Ministerium hieß es"): the body named after them speaks.
   */
  fromOpeners: readonly string[];
  /**
   * Object pronouns that may stand between a quote and its inverted verb ("—le preguntó un
   * periodista", "lui a confié", "gli ha detto"): the verb after them is the cue.
   */
  objectClitics: readonly string[];
  /** Prepositions joined to an article ("do", "da", "au", "del", "nella"): a name after one, a lower-case word before, is a place or a body. */
  contractedArticles?: readonly string[];
  /**
   * Particles of separable verbs ("mit", "hinzu", "zurück"): "teilte mit" in the verbs also reads
   * "teilte Brammert am Nachmittag mit", the particle closing the clause.
   */
  separableParticles?: readonly string[];
  /**
   * Indefinite articles ("une", "a", "eine"): a speaker introduced by one after the verb is somebody
   * the article does not name ("raconte une habitante", "said a resident"), not a person named before.
   */
  indefiniteArticles: readonly string[];
  /**
   * Subordinating conjunctions ("wenn", "quand", "when", "cuando"): capitalised where a sentence
   * opens, they are no part of the name after them ("Wenn Ingrid Halbach … aufschließt").
   */
  subordinators: readonly string[];
  /** Coordinating conjunctions: a new subject may follow one ("… sagt: »…« und Luca meint: »…«"). */
  conjunctions: readonly string[];
  /**
   * Determiners and courtesy titles that tell a person's gender when they stand before the name
   * or before a role in apposition ("la maire de Valbrune, Odile Ferrand", "Mrs Doe", "Frau X"),
   * lower case, without a final dot: a pronoun then only stands for a person of its gender.
   */
  genderMarkers: { masculine: readonly string[]; feminine: readonly string[] };
  /**
   * Nouns for what someone said, naming the speaker in a complement after the quote ("«…», è il
   * commento di Marra", "—les mots de Macron", "those were the words of X").
   */
  speechNouns: readonly string[];
  /**
   * Words that show quoted words were written or chanted, not said by a named speaker: signs,
   * banners, slogans, "to read" ("»Schluss mit dem Krieg«, steht auf einem Banner", "pouvait-on
   * lire"). In the quote's sentence, they make short quoted words a quote without a speaker.
   */
  inscriptionWords: readonly string[];
  /**
   * Endings of pet names made from first names ("Fabinho" for Fábio, "Juanito" for Juan): a lone
   * name with one of them stands for the one person whose first name it shortens.
   */
  diminutiveSuffixes: readonly string[];
  /** True where every noun takes a capital (German): a lone capitalised word after an article is then no name. */
  capitalisedNouns: boolean;
  /** True where adjectives follow their noun ("le président russe", "o governo federal"): a role phrase then takes one. */
  postnominalAdjectives: boolean;
  /** True where a paragraph opening with a dash (— or –) is quoted speech (French, Spanish, Italian, Portuguese, Russian, Polish). */
  dashDialogue: boolean;
  /** True where the attribution may stand inside the marks ("« Nous irons, a-t-il dit, jusqu'au bout »": French). */
  inciseInMarks?: boolean;
}

/** Where a bound puts the true value: above or below the figure, the figure itself included or not. */
export type Bound = 'above' | 'at-least' | 'below' | 'at-most';

/**
 * How a language writes figures, as plain data (src/locales/<tag>/figures.json). Keys are lower
 * case and matched case-insensitively as whole words, longest first, except `symbols`, matched as
 * written ("$", "€", "R$", "US$", "bn", "Mrd.").
 */
export interface FigureData {
  /** The decimal mark of the language's digits: "," ("38,5") or "." ("38.5"). The other mark groups thousands. */
  decimalMark: ',' | '.';
  /**
   * Cardinal number words and their values, the parts compound numbers are made of: "un": 1,
   * "deux": 2, …, "vingt": 20, "cent": 100, "cents": 100, "mille": 1000. Compounds ("vingt-huit",
   * "trois cents", "twenty-eight", "dos mil") are read by composing parts; languages that glue
   * them ("fünfundzwanzig", "ventotto") list the parts all the same and are split.
   */
  numberWords: Record<string, number>;
  /**
   * Number words for rough groups ("une dizaine", "des centaines", "dozens", "Tausende"): they
   * multiply what stands before them, and a number they open is approximate.
   */
  roughWords: readonly string[];
  /** Fraction words and their denominators: "half": 2, "thirds": 3, "quarts": 4, "cinquièmes": 5 ("two thirds", "un et demi", "trois quarts"). */
  fractionWords: Record<string, number>;
  /** Words for the decimal point in spoken numbers: "point", "virgule", "Komma", "coma". */
  decimalWords: readonly string[];
  /** Words making the number after them negative: "minus", "negative", "moins", "négatif". */
  negativeWords: readonly string[];
  /** Number words that are also articles ("un", "une", "a", "an", "ein", "uno"): a figure only before a scale, a unit or a duration word. */
  articleOnes: readonly string[];
  /** Words joining the parts of a compound number: "et" (vingt et un), "and" (one hundred and five), "y" (treinta y dos), "und", "e". */
  numberJoiners: readonly string[];
  /** Scale words after a number, with their multiplier: "million": 1e6, "milliards": 1e9, "billion": 1e9 (en) or 1e12 (fr), "mille": 1e3. */
  scales: Record<string, number>;
  /** Currency words after (or before) a number, to ISO 4217: "dollars": "USD", "euros": "EUR", "livres sterling": "GBP". */
  currencies: Record<string, string>;
  /**
   * Symbols and abbreviations matched as written, before or glued to a number: currency symbols
   * and codes to ISO 4217 ("$": "USD", "€": "EUR", "R$": "BRL", "CHF": "CHF"), and scale
   * abbreviations to their multiplier ("bn": 1e9, "m": 1e6, "Mrd.": 1e9, "Md": 1e9, "k": 1e3).
   */
  symbols: { currencies: Record<string, string>; scales: Record<string, number> };
  /** Words for per cent after a number: "%", "pour cent", "per cent", "percent", "Prozent", "por ciento". */
  percentWords: readonly string[];
  /** Words for percentage points: "points de pourcentage", "points", "percentage points", "Prozentpunkte". */
  pointWords: readonly string[];
  /** Units of quantities, word or symbol to the symbol reported: "km": "km", "kilomètres": "km", "tonnes": "t", "barils": "bbl", "MW": "MW". */
  units: Record<string, string>;
  /** Duration words to their unit, with a multiplier where one applies: "ans": "year", "mois": "month", "siècle": "100 year", "décennie": "10 year". */
  durations: Record<string, string>;
  /** Words before a figure that make it approximate: "près de", "environ", "quelque", "about", "nearly", "around", "rund", "etwa". */
  approximators: readonly string[];
  /** Words after a figure that make it approximate: "environ" ("38 milliards environ"), "or so". */
  approximatorsAfter: readonly string[];
  /** Words before a figure that bound it: "plus de": "above", "au moins": "at-least", "moins de": "below", "jusqu'à": "at-most". */
  bounds: Record<string, Bound>;
  /** Pairs of words around a range's two figures: ["entre", "et"], ["de", "à"], ["between", "and"], ["from", "to"], ["zwischen", "und"]. */
  rangeWords: ReadonlyArray<readonly [string, string]>;
  /** Words joining a scale, currency or count to what it counts: "de", "d'" ("38,5 milliards de dollars", "12 millions d'habitants"), "of". */
  nounLinks: readonly string[];
  /** Words before a number that make it a reference, not a figure: "article", "page", "p.", "section", "chapitre", "n°", "numéro", "line". */
  referenceWords: readonly string[];
  /** Words between the two numbers of a ratio: "sur" ("6 décès sur 10"), "out of", "in" ("one in five"), "von", "de cada". */
  ratioWords: readonly string[];
  /** Endings of verb forms that cannot end a counted noun phrase after its first word ("ed", "ing": "five people signed"). */
  verbEndings: readonly string[];
  /**
   * Endings of plural verb forms that no noun counted by a number takes, where such nouns are
   * plural ("Nove milioni arrivano"): even as the first word, for words of six letters or more.
   */
  pluralVerbEndings?: readonly string[];
  /** Endings glued by a hyphen to an age ("29-jährigen", "21-летней", "a 29-year-old"): the figure is an age, a quantity in years. */
  ageSuffixes: readonly string[];
  /** Words before a number word that make it a pronoun, not a count: "tous" ("tous deux"), "all" ("all three"), "alle", "tutti". */
  pronounQuantifiers: readonly string[];
  /**
   * Lower-case words right after a number that are no counted noun: auxiliaries and common verbs
   * ("sont", "ont", "were", "sind"), adverbs ("seulement"), besides the language's function words.
   */
  notNouns: readonly string[];
  /**
   * Words that open the parts of a total stated just before ("120 000 soldats, dont 80 000 …",
   * "of which", "davon"), `before`, words that open the clause of a total whose parts follow its
   * comma ("Sur les 120 000 soldats, 80 000 …"), and, `restating`, words that give a ratio again as a percentage ("6 sur
   * 10, soit 60 %", "or 60%"). Read by the sum-mismatch rule.
   */
  partWords?: {
    parts: readonly string[];
    restating: readonly string[];
    /** Words before a total whose parts follow its comma ("Sur les 120 000 soldats, 80 000 …", "Of the 120,000 …"). */
    before?: readonly string[];
    /**
     * Words after a total that open all of its parts, as a colon does ("212 postes, soit 148 à
     * Morvillers et 54 à Saint-Gorgon", "split between"): those parts must add up to it exactly.
     */
    breakdown?: readonly string[];
    /** Words joining the last part of a list ("et", "and", "und"): the list is complete. */
    and?: readonly string[];
    /** Words giving the last part as the rest of a total ("reste", "remaining", "Rest von", "restantes"): all its parts are listed. */
    rest?: readonly string[];
    /** Words marking a figure as a total ("au total", "insgesamt", "complessivo"): a list of parts in the next sentence must come to it. */
    totalWords?: readonly string[];
    /** Words opening a sentence of parts of a total stated before ("Del total,", "Of the total,", "Do total embarcado,"). */
    totalOpeners?: readonly string[];
    /** Words naming a rise ("hausse", "increase", "Plus") or a fall by a percentage, before it or right after it. */
    changeUp?: readonly string[];
    changeDown?: readonly string[];
    /** Words giving a change's size without its direction ("by", "um"). */
    changeBy?: readonly string[];
  };
  /**
   * Verbs that change a quantity ("verkleinern", "reduce", "ramené"): a figure in their sentence
   * is a new or proposed value, not the same one misprinted. Read by the figure-conflict rule.
   */
  changeWords?: readonly string[];
}

/** How a language names the calendar, as plain data (src/locales/<tag>/dates.json), lower case. */
export interface DateData {
  /** Twelve lists, January first: each month's names, inflected forms and abbreviations ("février", "févr."). */
  months: ReadonlyArray<readonly string[]>;
  /** Seven lists, Monday first: each weekday's names, inflected and adjectival forms. */
  weekdays: ReadonlyArray<readonly string[]>;
  /** Weekday forms that are also common words ("quinta" = fifth): a weekday only after a cue or beside a date. */
  ambiguousWeekdays?: readonly string[];
  /** Words right before a weekday or a month alone that make it a date ("on", "le", "am", "em", "in"). */
  cues: readonly string[];
  /** Articles that may stand between a cue and its date word ("in the summer", "à l'automne", "im"). */
  articles: readonly string[];
  /** True where month and weekday names always take a capital ("May", "Montag"): "may" is no month. */
  capitalised?: boolean;
  /** True where the month comes before the day ("December 19, 2022"). */
  monthFirst?: boolean;
  /** Letters glued to a day number ("1er", "21st", "1º"); a dot after the day is always allowed. */
  ordinalSuffixes: readonly string[];
  /** Words between day, month and year ("19 de septiembre de 2022", "the 19th of December"). */
  joiners: readonly string[];
  /** Words that introduce a bare day of the month ("dia 5", "el día 5"). */
  dayWords?: readonly string[];
  /** Words after a year that mark it as one ("в 2016 году", "w 2016 roku"), or glued suffixes ("1973-м"). */
  yearWords?: readonly string[];
  /**
   * Words for day, week, month, year: `one` the singular forms ("année", "year"), which may stand
   * without a number ("a year earlier") and with "last"/"next"; `many` the forms after a number.
   */
  units: Readonly<Record<'day' | 'week' | 'month' | 'year', { one: readonly string[]; many: readonly string[] }>>;
  /** Days from today, by offset: "-1": ["hier"], "0": ["aujourd'hui"], "1": ["demain"]. */
  days: Readonly<Record<string, readonly string[]>>;
  /** Phrases in which a day word means something else: "am morgen" (in the morning), "la mañana". */
  notDays?: readonly string[];
  /** Days from the date just mentioned, by offset: "1": ["lendemain"], "-1": ["veille"]. */
  anchorDays?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that shift a weekday, month, season or unit: "dernier" (-1, after), "next" (1, before),
   * "ce" (0, before). `anchor` shifts from the date just mentioned ("suivant", "following").
   */
  shifts: ReadonlyArray<{ words: readonly string[]; shift: -1 | 0 | 1; position: 'before' | 'after' | 'both'; anchor?: boolean }>;
  /** "il y a trois ans" / "three years ago": words before or after the amount. */
  ago: { before: readonly string[]; after: readonly string[] };
  /** "deux ans plus tard" / "спустя два года": from the date just mentioned, forwards. */
  later: { before: readonly string[]; after: readonly string[] };
  /** "deux ans plus tôt" / "a year earlier": from the date just mentioned, backwards. */
  earlier: { before: readonly string[]; after: readonly string[] };
  /** Words for the start, middle and end of a period ("début 2023", "mi-juin", "finales de 2021"). */
  parts: { start: readonly string[]; middle: readonly string[]; end: readonly string[] };
  /** Spring, summer, autumn, winter. */
  seasons: ReadonlyArray<readonly string[]>;
  /** Season forms that are dates on their own, with no cue ("летом", "latem": in summer). */
  standaloneSeasons?: readonly string[];
  /** Words for a quarter of a year, and the ordinals first to fourth ("quatrième trimestre", "Q4"). */
  quarters?: { words: readonly string[]; ordinals: ReadonlyArray<readonly string[]> };
  /** Words for a century ("XXe siècle", "siglo XX", "20th century"). */
  centuries?: readonly string[];
  /** Words for a decade written with its first year ("années 1960", "1960s" needs none). */
  decades?: readonly string[];
  /** Pairs that make a range of two dates: ["entre", "et"], ["du", "au"], ["from", "to"]. */
  ranges: ReadonlyArray<readonly [string, string]>;
  /** Words between two dates that share their missing parts ("mars ou avril 2023"): "ou", "or", "et". */
  alternatives: readonly string[];
  /** Words before a date that state when the article was published ("publié le", "vom", "updated"). */
  publicationCues: readonly string[];
}

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
  /** Words that attribute quotes; a function, so the large lists are built only when needed. */
  speech: () => SpeechData;
  /** How the language writes figures; a function, read only when needed. */
  figures: () => FigureData;
  /** How the language names months and weekdays; a function, read only when needed. */
  dates: () => DateData;
}
