import { textSpanOf, type Document } from '../document/document.js';
import type { EntityReport, EntityType } from '../report/types.js';
import { Names, type NameMention } from './names.js';
import { speechMatchers, type SpeechMatchers } from './quotes/lexicon.js';

/**
 * People, organisations and other named things of the article: its capitalised names, each
 * grouped under the fullest form the article uses ("Poutine" under "Vladimir Poutine"), with the
 * forms used and every mention. Where every noun takes a capital (German), a single word that
 * names no person or body is a common noun, not an entity.
 */
export function extractEntities(doc: Document, names: Names): EntityReport[] {
  const speech = speechMatchers(doc.locale);
  const { capitalisedNouns } = speech;
  const groups = new Map<string, { type: EntityType; mentions: NameMention[] }>();
  for (const mention of names.mentions) {
    const type = typeOf(mention, names, speech);
    if (capitalisedNouns && (type === 'other' || type === 'place') && mention.words.length === 1) continue;
    const name = names.fullest(mention) || mention.words.join(' ');
    const group = groups.get(name) ?? { type, mentions: [] };
    if (group.type === 'other') group.type = type;
    group.mentions.push(mention);
    groups.set(name, group);
  }
  return [...groups].map(([name, group]) => ({
    name,
    type: group.type,
    variants: [...new Set(group.mentions.map((mention) => mention.text))].filter((form) => form !== name),
    mentions: group.mentions.map((mention) => textSpanOf(doc, mention.start, mention.end)),
  }));
}

/**
 * A body noun or an acronym makes an organisation ("Union Soviétique", "OTAN"); a person is a
 * titled name or a first and last name; a name the article writes after an article with no
 * body noun is a place ("la Russie", "l'Ucraina").
 */
function typeOf(mention: NameMention, names: Names, speech: SpeechMatchers): EntityType {
  const bodyNoun = mention.words.some((word) => speech.roleKind(word) === 'body');
  // "OTAN", "WWF-Jugend": an acronym, alone or heading a compound, names a body.
  if (bodyNoun || mention.words.every(isAcronym) || mention.words.some((word) => isAcronym(word.split('-')[0] ?? ''))) return 'organisation';
  if (names.isPerson(mention.words)) return 'person';
  if (names.isBody(mention.words)) return 'place';
  return 'other';
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
}
