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
}
