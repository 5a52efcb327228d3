import { countBelow } from '../document/search.js';
import { textSpanOf, type Document } from '../document/document.js';
import type { DateReport, EntityReport, EntityType, QuoteReport } from '../report/types.js';
import { endsLikeCompany, isAcronym, namesPlace, Names, type NameMention } from './names.js';
import { speechMatchers, type SpeechMatchers } from './quotes/lexicon.js';

/**
 * People, organisations and other named things of the article: its capitalised names, each
 * grouped under the fullest form the article uses ("Poutine" under "Vladimir Poutine", an acronym
 * under the name the article spells it out as), the roles the quotes resolved to them, with the
 * forms used and every mention. Where every noun takes a capital (German), a single word that
 * names no person or body is a common noun, not an entity.
 */
export function extractEntities(doc: Document, names: Names, quotes: readonly QuoteReport[] = [], dates: readonly DateReport[] = []): EntityReport[] {
  // "Monday", "March": capitalised, but part of a date, not a name.
  const inDate = (mention: NameMention) => {
    const [start, end] = [doc.positions.toCodePoint(mention.start), doc.positions.toCodePoint(mention.end)];
    // Dates come in text order: the last one starting at or before the mention is the only candidate.
    const date = dates[countBelow(dates, start + 1, (candidate) => candidate.start) - 1];
    return date !== undefined && end <= date.end;
  };
  const speech = speechMatchers(doc.locale);
  const { capitalisedNouns } = speech;
  const groups = new Map<string, { type: EntityType; mentions: NameMention[] }>();
  for (const mention of names.mentions) {
    if (inDate(mention) || isTitleOrOffice(doc.text, mention, speech)) continue;
    const type = typeOf(mention, names, speech);
    if (capitalisedNouns && (type === 'other' || type === 'place') && mention.words.length === 1) continue;
    const name = names.fullest(mention) || mention.words.join(' ');
    const group = groups.get(name) ?? { type, mentions: [] };
    if (group.type === 'other') group.type = type;
    group.mentions.push(mention);
    groups.set(name, group);
  }
  const entities = [...groups].map(([name, group]) => ({
    name,
    type: group.type,
    variants: [...new Set(group.mentions.map((mention) => mention.text))].filter((form) => form !== name),
    mentions: group.mentions.map((mention) => textSpanOf(doc, mention.start, mention.end)),
  }));
  return withRoleMentions(entities, quotes);
}

/**
 * "« … », s'est félicité le président russe": a role the quotes pass resolved to a person is a
 * mention of that person too ("le président russe" among Vladimir Poutine's forms). Pronouns
 * ("il", "she") are not: one word says too little to be listed as a form of a name.
 */
function withRoleMentions(entities: EntityReport[], quotes: readonly QuoteReport[]): EntityReport[] {
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || speaker.mention === speaker.name || !/\s/u.test(speaker.mention.trim())) continue;
    const entity = entities.find((candidate) => candidate.name === speaker.name);
    if (!entity || entity.mentions.some((mention) => mention.start < speaker.end && speaker.start < mention.end)) continue;
    const { name: _name, mention, ...span } = speaker;
    entity.mentions.push({ text: mention, ...span });
    entity.mentions.sort((a, b) => a.start - b.start);
    if (!entity.variants.includes(mention)) entity.variants.push(mention);
  }
  return entities;
}

/**
 * A body noun, a company ending or an acronym makes an organisation ("Union Soviétique",
 * "Novachlor Industries", "OTAN"); a person is a titled name or a first and last name; a name
 * the article writes after an article with no body noun is a place ("la Russie", "l'Ucraina").
 */
function typeOf(mention: NameMention, names: Names, speech: SpeechMatchers): EntityType {
  const bodyNoun = mention.words.some((word) => speech.roleKind(word) === 'body');
  // "OTAN", "WWF-Jugend": an acronym, alone or heading a compound, names a body.
  if (bodyNoun || endsLikeCompany(mention.words) || mention.words.every(isAcronym) || mention.words.some((word) => isAcronym(word.split('-')[0] ?? ''))) return 'organisation';
  if (namesPlace(mention.words)) return 'place';
  if (names.isPerson(mention.words)) return 'person';
  if (names.isBody(mention.words)) return 'place';
  return 'other';
}

/**
 * "MM." (a courtesy title alone), "ministre des Transports", "Minister for Culture": a title or
 * the office a role names, not an entity of its own.
 */
function isTitleOrOffice(text: string, mention: NameMention, speech: SpeechMatchers): boolean {
  if (mention.words.every((word) => speech.isHonorific(word))) return true;
  if (mention.words.length !== 1) return false;
  const preposition = speech.prepositionBefore(text, mention.start);
  if (preposition < 0) return false;
  // The role and an adjective may stand before the preposition ("le ministre ouzbek des Affaires"), in the plural too.
  const before = text.slice(Math.max(0, preposition - 40), preposition).toLowerCase().match(/\p{L}+/gu) ?? [];
  return before.slice(-2).some((word) => speech.roleWords.has(word) || (word.endsWith('s') && speech.roleWords.has(word.slice(0, -1))));
}
