import { describe, expect, it } from 'vitest';
import type { QuoteReport } from '../../src/report/types.js';
import { analyse, article, onlyQuote, quotesOf } from './helpers.js';

/**
 * Speaker name, mention and cue of the one quote of an article. quotesOf checks that each span
 * covers its text; the mention must also be the one at this quote, in the quote's paragraph (one
 * line in these fixtures), not an earlier mention of the same words.
 */
function who(lang: string, text: string): { name: string | null; mention: string | null; cue: string | null } {
  const quote = onlyQuote(lang, text);
  if (quote.speaker) expect(quote.speaker.line).toBe(quote.line);
  return { name: quote.speaker?.name ?? null, mention: quote.speaker?.mention ?? null, cue: quote.cue };
}

/** The quote whose text starts like this. */
function quoteStarting(lang: string, text: string, start: string): QuoteReport {
  const quote = quotesOf(lang, text).find((found) => found.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting '${start}'`);
  return quote;
}

describe('speakers in French', () => {
  const intro = 'La maire de Valbrune, Odile Ferrand, a inauguré samedi le pont des Tanneurs, fermé depuis trois ans.';

  it('finds the speaker named before the quote', () => {
    const text = article('Valbrune inaugure son pont', intro, 'Odile Ferrand a déclaré : « Ce pont va changer la vie des habitants du quartier. »');
    expect(who('fr', text)).toEqual({ name: 'Odile Ferrand', mention: 'Odile Ferrand', cue: 'a déclaré' });
  });

  it('finds the speaker named after the quote, inverted', () => {
    const text = article('Valbrune inaugure son pont', intro, '« Ce pont va changer la vie des habitants du quartier », a affirmé Odile Ferrand.');
    expect(who('fr', text)).toEqual({ name: 'Odile Ferrand', mention: 'Odile Ferrand', cue: 'a affirmé' });
  });

  it('gives the fullest form of a name used alone', () => {
    const text = article('Valbrune inaugure son pont', intro, '« Ce pont va changer la vie des habitants du quartier », a souligné Ferrand.');
    expect(who('fr', text)).toEqual({ name: 'Odile Ferrand', mention: 'Ferrand', cue: 'a souligné' });
  });

  it('finds the speaker with a courtesy title', () => {
    const text = article(
      'Valbrune inaugure son pont',
      'Le préfet, Rémi Caradec, assistait samedi à l’inauguration du pont des Tanneurs.',
      '« Ce chantier a été exemplaire du début à la fin », a estimé M. Caradec.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Rémi Caradec');
    expect(found.mention).toMatch(/^(M\. )?Caradec$/u);
    expect(found.cue).toBe('a estimé');
  });

  it('finds the speaker with an apposition between name and verb', () => {
    const text = article(
      'Valbrune inaugure son pont',
      'Le pont des Tanneurs, fermé depuis trois ans, a rouvert samedi.',
      'Odile Ferrand, la maire de la ville, a déclaré : « Ce pont va changer la vie des habitants du quartier. »',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Odile Ferrand');
    expect(found.cue).toBe('a déclaré');
  });

  it('resolves "a-t-il ajouté" to the person just mentioned', () => {
    const text = article(
      'Le tramway de Valbrune prendra du retard',
      'Le ministre des Transports, Rémi Caradec, a visité lundi le chantier du tramway.',
      '« Les travaux reprendront au mois de mars », a-t-il ajouté.',
    );
    expect(who('fr', text)).toEqual({ name: 'Rémi Caradec', mention: 'il', cue: 'a-t-il ajouté' });
  });

  it('resolves "a-t-elle estimé" to the most recent person', () => {
    const text = article(
      'Le tramway de Valbrune prendra du retard',
      'Rémi Caradec a reçu lundi la maire de Valbrune, Odile Ferrand, pour parler du tramway.',
      '« Six mois de retard, c’est beaucoup trop pour les commerçants », a-t-elle estimé.',
    );
    expect(who('fr', text)).toEqual({ name: 'Odile Ferrand', mention: 'elle', cue: 'a-t-elle estimé' });
  });

  it('resolves "dit-il" to the person just mentioned', () => {
    const text = article(
      'Le port de Valbrune s’agrandit',
      'Bastien Roux dirige le port de Valbrune depuis douze ans.',
      '« Nous allons doubler la surface des quais d’ici à la fin de la décennie », dit-il.',
    );
    expect(who('fr', text)).toEqual({ name: 'Bastien Roux', mention: 'il', cue: 'dit-il' });
  });

  it('resolves a role to the person the article names with it, not to the last person', () => {
    const text = article(
      'Rencontre à Vienne',
      'Le président russe, Arkadi Volkhov, a rencontré mardi le chancelier autrichien, Lukas Brenner, à Vienne.',
      '« Cette rencontre ouvre une nouvelle étape entre nos deux pays », s’est félicité le président russe.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Arkadi Volkhov');
    expect(found.mention).toMatch(/^(le )?président russe$/u);
    expect(found.cue).toBe('s’est félicité');
  });

  // The role is followed by a qualifier before the name ("La ministre de la Santé, Claire Dubosc"): resolveRole (attribution.ts)
  // only looks a few characters around each name for the role, so it falls back to the last person.
  it('resolves "la ministre" to the minister the article names with a qualifier', () => {
    const text = article(
      'Les urgences de Valbrune rouvrent',
      'La ministre de la Santé, Claire Dubosc, a visité lundi l’hôpital de Valbrune avec le directeur, Paul Girard.',
      '« Les urgences rouvriront la nuit dès le mois prochain », a précisé la ministre.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Claire Dubosc');
    expect(found.mention).toMatch(/^(la )?ministre$/u);
    expect(found.cue).toBe('a précisé');
  });

  it('resolves a role the article never names to the subject just before', () => {
    const text = article(
      'Le port de Valbrune s’agrandit',
      'Gaspard Lemoine a visité mardi les nouveaux quais du port de Valbrune.',
      '« Ces quais donneront du travail à deux cents personnes », a assuré le maire.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Gaspard Lemoine');
    expect(found.mention).toMatch(/^(le )?maire$/u);
    expect(found.cue).toBe('a assuré');
  });

  it('resolves a pronoun subject before the quote', () => {
    const text = article(
      'Le port de Valbrune s’agrandit',
      'Bastien Roux dirige le port de Valbrune depuis douze ans.',
      'Il a déclaré : « Nous allons doubler la surface des quais d’ici à la fin de la décennie. »',
    );
    expect(who('fr', text)).toEqual({ name: 'Bastien Roux', mention: 'Il', cue: 'a déclaré' });
  });

  it('resolves "la ministre" to the minister the article names', () => {
    const text = article(
      'Les urgences de Valbrune rouvrent',
      'La ministre Claire Dubosc a visité lundi l’hôpital de Valbrune avec son directeur, Paul Girard.',
      '« Les urgences rouvriront la nuit dès le mois prochain », a précisé la ministre.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Claire Dubosc');
    expect(found.mention).toMatch(/^(la )?ministre$/u);
    expect(found.cue).toBe('a précisé');
  });

  it('ends the name before a body after "de la" ("Odile Ferrand de la Commission"), unlike a particle', () => {
    const text = article('Le tramway de Valbrune prendra du retard', 'Odile Ferrand de la Commission a déclaré : « Le chantier reprendra en mars. »');
    expect(who('fr', text)).toEqual({ name: 'Odile Ferrand', mention: 'Odile Ferrand', cue: 'a déclaré' });
  });

  it('resolves an ombudsman-like role after "selon" to the person the article names in it', () => {
    const text = article(
      'Le tramway de Valbrune prendra du retard',
      'Paul Roux occupe le poste depuis 2019. Le médiateur de la ville reçoit les plaintes des riverains.',
      'Le chantier a suscité « plus de mille lettres », selon le médiateur, qui demande un calendrier.',
    );
    expect(who('fr', text)).toEqual({ name: 'Paul Roux', mention: 'le médiateur', cue: 'selon' });
  });

  it('finds the name in apposition to a role after an inserted complement ("a expliqué à l’AFP le directeur du groupe, X")', () => {
    const text = article('Le tramway de Valbrune prendra du retard', '« Nous tiendrons les délais », a expliqué à l’AFP le directeur général du groupe, Paul Roux.');
    expect(who('fr', text)).toEqual({ name: 'Paul Roux', mention: 'le directeur général du groupe, Paul Roux', cue: 'a expliqué' });
  });

  it('finds the speaker after "selon" in mid-sentence', () => {
    const text = article(
      'Le tramway de Valbrune prendra du retard',
      'Le chantier du tramway a pris du retard à cause des pluies de l’automne.',
      'La première ligne ne sera « pas prête avant la fin de l’année prochaine », selon Odile Ferrand.',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Odile Ferrand');
    expect(found.mention).toBe('Odile Ferrand');
    expect(found.cue).toBe('selon');
  });

  // The capitalised "Selon" opening the sentence is taken into the name mention ("Selon Odile Ferrand"), so no
  // name starts right after the preposition and the quote gets no speaker (names.ts / attribution.ts).
  it('finds the speaker after "selon" opening the sentence', () => {
    const text = article(
      'Le tramway de Valbrune prendra du retard',
      'Le chantier du tramway a pris du retard à cause des pluies de l’automne.',
      'Selon Odile Ferrand, « la première ligne ne sera pas prête avant la fin de l’année prochaine ».',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Odile Ferrand');
    expect(found.mention).toBe('Odile Ferrand');
    expect(found.cue?.toLowerCase()).toBe('selon');
  });

  it('finds the speaker introduced before a colon ("X, quant à lui, affirmera que … :")', () => {
    const text = article(
      'Le budget de Valbrune adopté',
      'Le conseil municipal a adopté le budget, présenté par l’adjoint aux finances, Tomas Verhaegen.',
      'Verhaegen, quant à lui, affirmera que rien n’est encore décidé pour les écoles : « Nous attendrons le rapport des experts avant de trancher. »',
    );
    const found = who('fr', text);
    expect(found.name).toBe('Tomas Verhaegen');
    expect(found.mention).toBe('Verhaegen');
  });

  it('finds the speaker introduced in the sentence before the quote', () => {
    const text = article(
      'Le budget de Valbrune adopté',
      'Le conseil municipal a adopté le budget mardi soir.',
      'Tomas Verhaegen, adjoint aux finances, a défendu ses choix devant les élus. « Nous avons tenu toutes nos promesses envers les habitants. »',
    );
    expect(who('fr', text).name).toBe('Tomas Verhaegen');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Inquiétude au marché de Valbrune',
      'Le marché couvert de Valbrune fermera pour travaux pendant six mois.',
      '« Nous ne savons toujours pas où nous pourrons vendre nos légumes cet été », a-t-on entendu parmi les commerçants.',
    );
    expect(onlyQuote('fr', text).speaker).toBeNull();
  });

  it('gives no speaker to a pronoun when the article names nobody', () => {
    const text = article(
      'Inquiétude au marché de Valbrune',
      'Le marché couvert de Valbrune fermera pour travaux pendant six mois.',
      '« Nous ne savons toujours pas où nous pourrons vendre nos légumes cet été », a-t-il regretté.',
    );
    expect(onlyQuote('fr', text).speaker).toBeNull();
  });

  it('splits a quote at the attribution set inside its marks, both halves the speaker\'s', () => {
    const text = article(
      'Pollution de la Sorvène',
      'La préfecture a mis en demeure le fabricant d’engrais Novachlor Industries de cesser tout rejet.',
      '« Une pompe est tombée en panne, c’est un fait, a déclaré à l’AFP le directeur général de Novachlor, Thierry Vaillancourt. Mais attribuer à notre usine chaque poisson mort, c’est aller vite. »',
    );
    expect(quotesOf('fr', text).map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
      ['Une pompe est tombée en panne, c’est un fait', 'Thierry Vaillancourt'],
      ['Mais attribuer à notre usine chaque poisson mort, c’est aller vite.', 'Thierry Vaillancourt'],
    ]);
    const between = article('Valbrune', intro, '« Nous irons, poursuit-elle, jusqu’au bout de ce projet. »');
    expect(quotesOf('fr', between).map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
      ['Nous irons', 'Odile Ferrand'],
      ['jusqu’au bout de ce projet.', 'Odile Ferrand'],
    ]);
  });

  it('keeps a quote whole where the verb after its comma is the speaker\'s own', () => {
    const text = article('Santé', '« Ces données, qui font réfléchir, soulignent non seulement l’impact de la pandémie, mais aussi la nécessité d’investir », a déclaré le directeur de l’agence, Paul Mercier.');
    expect(quotesOf('fr', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Paul Mercier']);
  });

  it('takes the person in apposition after a role of a named body, the body without one', () => {
    const named = article('Vélo', '« Nous attendions ce vote depuis si longtemps », a réagi la porte-parole de l’association Sévrine à Vélo, Amandine Roux.');
    expect(who('fr', named).name).toBe('Amandine Roux');
    const unnamed = article('Vélo', '« Nous attendions ce vote depuis si longtemps », a réagi une porte-parole de l’entreprise Ardent.');
    expect(who('fr', unnamed).name).toBe('Ardent');
  });

  it('names a body by its noun and its named complement ("selon la préfecture du Haut-Vallon")', () => {
    const text = article('Pollution', 'Les analyses ont révélé des concentrations « jusqu’à quarante fois supérieures » aux seuils, selon la préfecture du Haut-Vallon.');
    expect(who('fr', text).name).toBe('préfecture du Haut-Vallon');
  });

  it('names a body by the named complement its noun had before ("La préfecture du Haut-Vallon", then "selon la préfecture")', () => {
    const text = article('Pollution', 'La préfecture du Haut-Vallon a mis en demeure l’usine. Les analyses ont révélé des concentrations « jusqu’à quarante fois supérieures » aux seuils, selon la préfecture.');
    expect(who('fr', text).name).toBe('préfecture du Haut-Vallon');
  });

  it('reads an apposition to the speaker as part of an attribution inside the marks', () => {
    const text = article('Grève', '« Nous ne demandons pas la lune, a lancé à l’AFP Mathis Caradec, secrétaire régional de l’UCA. Nous demandons de pouvoir travailler en sécurité. »');
    expect(quotesOf('fr', text).map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
      ['Nous ne demandons pas la lune', 'Mathis Caradec'],
      ['Nous demandons de pouvoir travailler en sécurité.', 'Mathis Caradec'],
    ]);
  });

  it('gives an infinitive of narration ("Et de préciser :") the person the text is about', () => {
    const text = article('Grève', '« Le service n’est pas rendu », a prévenu Nadège Folcher, vice-présidente chargée des mobilités. La vice-présidente a annoncé des pénalités. Et de préciser : « Les abonnés seront intégralement remboursés. »');
    expect(quotesOf('fr', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Nadège Folcher', 'Nadège Folcher']);
  });
});

describe('speakers in English', () => {
  const intro = 'The library in Eastcombe reopened on Monday after two years of repairs, councillor Dana Whitfield announced.';

  it('finds the speaker named before the quote', () => {
    const text = article('Eastcombe library reopens', intro, 'Dana Whitfield said: “This library will change daily life for families in the harbour district.”');
    expect(who('en', text)).toEqual({ name: 'Dana Whitfield', mention: 'Dana Whitfield', cue: 'said' });
  });

  it('takes the name after a role and a courtesy title, not the title ("chief executive Dr. Jane Doe")', () => {
    const text = article('Harbour deal signed', 'The port of Eastmouth signed a new lease on Monday.', '"This secures four hundred jobs for a decade," said chief executive Dr. Maya Osei at the signing.');
    expect(who('en', text)).toEqual({ name: 'Maya Osei', mention: 'chief executive Dr. Maya Osei', cue: 'said' });
  });

  it('finds the speaker after an inverted verb', () => {
    const text = article('Eastcombe library reopens', intro, '“This library will change daily life for families in the harbour district,” said Dana Whitfield.');
    expect(who('en', text)).toEqual({ name: 'Dana Whitfield', mention: 'Dana Whitfield', cue: 'said' });
  });

  it('finds the speaker before the verb after the quote, with the fullest name', () => {
    const text = article('Eastcombe library reopens', intro, '“This library will change daily life for families in the harbour district,” Whitfield said.');
    expect(who('en', text)).toEqual({ name: 'Dana Whitfield', mention: 'Whitfield', cue: 'said' });
  });

  it('finds the speaker with an apposition', () => {
    const text = article(
      'Eastcombe library reopens',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      'Dana Whitfield, the culture minister, said: “This library will change daily life for families in the harbour district.”',
    );
    const found = who('en', text);
    expect(found.name).toBe('Dana Whitfield');
    expect(found.cue).toBe('said');
  });

  it('resolves "he" to the subject of the sentence before, not to a name later in it', () => {
    const text = article(
      'Eastcombe library reopens',
      'Owen Pryce showed the new reading room to Dana Whitfield on Monday.',
      '“We kept every original beam,” he said.',
    );
    expect(who('en', text)).toEqual({ name: 'Owen Pryce', mention: 'he', cue: 'said' });
  });

  it('resolves "he" past a person the article titles as a woman', () => {
    const text = article(
      'Eastcombe library reopens',
      'Ms Dana Whitfield opened the library on Monday with the architect, Owen Pryce.',
      '“We kept every original beam in the reading room,” he said.',
    );
    expect(who('en', text)).toEqual({ name: 'Owen Pryce', mention: 'he', cue: 'said' });
  });

  it('resolves "she" to a woman named in a complement when the subject is a man', () => {
    const text = article(
      'Eastcombe library reopens',
      'Mr Owen Pryce, the architect, showed the reading room to the head librarian, Dana Whitfield.',
      '“Children will have a floor of their own,” she said.',
    );
    expect(who('en', text)).toEqual({ name: 'Dana Whitfield', mention: 'she', cue: 'said' });
  });

  it('skips a name after a preposition when looking for the subject of the verb', () => {
    const text = article(
      'Eastcombe library reopens',
      'Owen Pryce, a partner with Hallam Crane, said: “The roof was the hard part.”',
    );
    expect(who('en', text)).toEqual({ name: 'Owen Pryce', mention: 'Owen Pryce', cue: 'said' });
  });

  it('takes no body for a person ("Union of Wales") when a long affiliation parts name and verb', () => {
    const text = article(
      'Eastcombe library reopens',
      'Jane Doe of the Farmers\' Union of Wales and the parish council in Eastcombe said: “We waited six years for this.”',
    );
    expect(who('en', text)).toEqual({ name: 'Jane Doe', mention: 'Jane Doe', cue: 'said' });
  });

  it('resolves "he" to the subject, not to a titled man in the clause it reports', () => {
    const text = article(
      'Eastcombe library reopens',
      'Tom Hale, executive partner of Hale Crane, said Mr Brice had been considering retirement. He added: “The board fully understands his reasons.”',
    );
    expect(who('en', text)).toEqual({ name: 'Tom Hale', mention: 'He', cue: 'added' });
  });

  it('gives no speaker to "a resident", not even the speaker of the quote before', () => {
    const text = article(
      'Eastcombe library reopens',
      '“The roof was the hard part,” said Owen Pryce, the head librarian.',
      '“We waited six years for this,” said a resident who asked not to be named.',
    );
    expect(quoteStarting('en', text, 'We waited').speaker).toBeNull();
  });

  it('gives both halves of a quote broken by “she said” the same speaker', () => {
    const text = article('Eastcombe library reopens', 'Dr Ann Pryce opened the library on Monday. “The roof was the hard part,” she said, “but the shelves took longer.”');
    expect(quoteStarting('en', text, 'but the shelves').speaker?.name).toBe('Ann Pryce');
  });

  it('resolves "he" after a spokesperson\'s sentence to the body the spokesperson speaks for (en, de)', () => {
    const english = article('Eastcombe library reopens', 'Mayor Tom Ferris spoke first. A spokesman for the Home Office declined to give figures. “We are reviewing the case,” he said.');
    expect(quoteStarting('en', english, 'We are reviewing').speaker?.name).toBe('Home Office');
    const german = article('Lindenau', 'Bürgermeisterin Katrin Odermatt kritisierte die Preise. Ein Sprecher der Stadtwerke Lindenau wies die Vorwürfe zurück. „Die Preise sind korrekt“, sagte er.');
    expect(quoteStarting('de', german, 'Die Preise').speaker?.name).toBe('Stadtwerke Lindenau');
  });

  it('keeps an organisation ending in a body noun whole, past a role or an acronym inside it', () => {
    const text = article(
      'Eastcombe library reopens',
      'The Eastcombe Libraries NHS Trust said it would help. A spokesperson for the East Fenland Integrated Care Board said the plan was “good for every reader”.',
    );
    expect(quoteStarting('en', text, 'good for every').speaker?.name).toBe('East Fenland Integrated Care Board');
  });

  it('reads "X, who …, said the trust had …" as X reporting, not an attribution inserted after a comma', () => {
    const text = article(
      'Eastcombe library reopens',
      'The Eastcombe Libraries Trust said on Monday that the roof was done.',
      'Local campaigner Tom Hale, whose group gathered 12,000 signatures, said the trust had ignored warnings for years.',
      '“Three years ago we were told the library was safe.”',
    );
    expect(quoteStarting('en', text, 'Three years').speaker?.name).toBe('Tom Hale');
  });

  it('resolves an age standing for a person to the person the text is about (en, de, it)', () => {
    const english = article('Eastcombe library reopens', 'Mayor Tom Ferris spoke first. “We will carry on,” said the 61-year-old.');
    expect(who('en', english)).toEqual({ name: 'Tom Ferris', mention: 'the 61-year-old', cue: 'said' });
    const german = article('Lindenau', 'Bürgermeister Jonas Brandt besuchte das Bad. Der 61-Jährige fügte hinzu: „Wir bauen weiter.“');
    expect(who('de', german)).toEqual({ name: 'Jonas Brandt', mention: 'Der 61-Jährige', cue: 'fügte hinzu' });
    const italian = article('Pontalba', 'Il sindaco Marco Ferri ha parlato. «Andremo avanti», ha detto il 61enne.');
    expect(who('it', italian)).toEqual({ name: 'Marco Ferri', mention: 'il 61enne', cue: 'ha detto' });
  });

  it('gives a spokesperson of "the company" the company the article named before (es, de)', () => {
    const spanish = article(
      'Sotoalto',
      'La empresa concesionaria del agua, Aguas del Soto, asegura estar preparada. «Reforzaremos las guardias», indicó un portavoz de la compañía.',
    );
    expect(quoteStarting('es', spanish, 'Reforzaremos').speaker?.name).toBe('Aguas del Soto');
    const german = article(
      'Lindenau',
      'Investor ist die Lindner Bau GmbH aus Grünau. Ein Sprecher des Unternehmens erklärte, man halte „selbstverständlich“ an den Plänen fest.',
    );
    expect(quoteStarting('de', german, 'selbstverständlich').speaker?.name).toBe('Lindner Bau GmbH');
  });

  it('resolves "she" to the person just mentioned', () => {
    const text = article('Eastcombe library reopens', intro, '“We will open on Sundays as soon as we can hire two more librarians,” she added.');
    expect(who('en', text)).toEqual({ name: 'Dana Whitfield', mention: 'she', cue: 'added' });
  });

  it('resolves "the prime minister" to the person the article names with that role', () => {
    const text = article(
      'Talks on the fishing dispute',
      'Prime Minister Hugo Marsh met the fisheries commissioner, Anja Lindqvist, in Eastcombe on Tuesday.',
      '“We are closer to an agreement than at any time in the past year,” the prime minister said.',
    );
    const found = who('en', text);
    expect(found.name).toBe('Hugo Marsh');
    expect(found.mention).toMatch(/^(the )?prime minister$/u);
    expect(found.cue).toBe('said');
  });

  it('resolves a role the article never names to the subject just before', () => {
    const text = article(
      'Eastcombe harbour grows',
      'Helen Carver toured the new quays of Eastcombe harbour on Tuesday.',
      '“These quays will bring two hundred jobs to the town,” the mayor said.',
    );
    const found = who('en', text);
    expect(found.name).toBe('Helen Carver');
    expect(found.mention).toMatch(/^(the )?mayor$/u);
    expect(found.cue).toBe('said');
  });

  it('finds the speaker after "according to"', () => {
    const text = article(
      'Eastcombe library reopens',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      'According to Dana Whitfield, the new reading room is “the best thing to happen to this town in decades”.',
    );
    const found = who('en', text);
    expect(found.name).toBe('Dana Whitfield');
    expect(found.mention).toBe('Dana Whitfield');
    expect(found.cue?.toLowerCase()).toBe('according to');
  });

  it('finds the speaker introduced in the sentence before the quote', () => {
    const text = article(
      'Eastcombe library reopens',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      'Dana Whitfield told the council on Tuesday that the delays had gone on far too long. “Nobody in this department will accept another year of waiting for a roof.”',
    );
    expect(who('en', text).name).toBe('Dana Whitfield');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Commuters angry at station closure',
      'The station at Eastcombe will close for six weeks from Monday.',
      '“Nobody told us anything about this closure until the posters went up,” one commuter complained.',
    );
    expect(onlyQuote('en', text).speaker).toBeNull();
  });

  it('drops a councillor\'s title from the name ("Cllr Priya Ramdhanie")', () => {
    const text = article('Quarry', 'Cllr Priya Ramdhanie, who voted against, spoke after the vote. “That is a gun to the head of a council,” she said.');
    expect(who('en', text).name).toBe('Priya Ramdhanie');
  });

  it('reads a body\'s name before a role as its qualifier ("Calder Peak chief executive Dana Whitcombe said")', () => {
    const text = article('Takeover', '"This is a club with real history and a fan base that deserves stability," Calder Peak chief executive Dana Whitcombe said in a statement.');
    expect(who('en', text).name).toBe('Dana Whitcombe');
  });

  it('never takes a place for a person ("Millrace Stadium") when a pronoun looks back', () => {
    const text = article(
      'Takeover',
      'Calder Peak chief executive Dana Whitcombe spoke on Monday.',
      'Speaking to reporters at the club\'s Millrace Stadium, Whitcombe described Rovers as a sleeping giant.',
      '"We are not here to strip assets," she said.',
    );
    expect(who('en', text).name).toBe('Dana Whitcombe');
    expect(analyse('en', text).entities.find((entity) => entity.name === 'Millrace Stadium')?.type).toBe('place');
  });
});

describe('speakers in German', () => {
  const intro = 'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit wieder geöffnet, wie Bürgermeisterin Katrin Odermatt mitteilte.';

  it('finds the speaker named before the quote', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', intro, 'Katrin Odermatt sagte: „Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen.“');
    expect(who('de', text)).toEqual({ name: 'Katrin Odermatt', mention: 'Katrin Odermatt', cue: 'sagte' });
  });

  it('takes the name after a role and a courtesy title, not the title ("Vorstandschefin Dr. Jana Wolter")', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', intro, '„Die Kinder können hier endlich wieder schwimmen lernen“, sagte Geschäftsführerin Dr. Jana Wolter bei der Eröffnung.');
    expect(who('de', text)).toEqual({ name: 'Jana Wolter', mention: 'Geschäftsführerin Dr. Jana Wolter', cue: 'sagte' });
  });

  it('finds the speaker after an inverted verb', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', intro, '„Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen“, sagte Katrin Odermatt.');
    expect(who('de', text)).toEqual({ name: 'Katrin Odermatt', mention: 'Katrin Odermatt', cue: 'sagte' });
  });

  it('reads a speech verb in the subjunctive of reported speech ("er glaube, dass »…«")', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Der Rentner Paul Kessler schwimmt jeden Morgen. Das neue Becken gefällt ihm sehr.',
      'Und ja, er glaube schon, dass »das Bad die Stadt verändert«, auch wenn der Eintritt teuer sei.',
    );
    expect(who('de', text)).toEqual({ name: 'Paul Kessler', mention: 'er', cue: 'glaube' });
  });

  it('leaves an everyday role noun out of the name ("Die Studentin Lea Brandt")', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', intro, 'Die Studentin Lea Brandt sagte: „Endlich kann ich vor der Vorlesung schwimmen.“');
    expect(who('de', text)).toEqual({ name: 'Lea Brandt', mention: 'Lea Brandt', cue: 'sagte' });
  });

  it('finds a speaker whose affiliation stands between name and verb', () => {
    const long = article(
      'Lindenau hat wieder ein Hallenbad',
      intro,
      'Jonas Weber von der Arbeitsgemeinschaft Lindenauer Schwimmvereine und Trainer aus Grünau erklärt: „Wir brauchen mehr Bahnen für die Vereine.“',
    );
    expect(who('de', long)).toEqual({ name: 'Jonas Weber', mention: 'Jonas Weber', cue: 'erklärt' });
    const firstNameOnly = article('Lindenau hat wieder ein Hallenbad', intro, 'Mia von der DLRG-Jugend sagt: „Jedes Kind muss schwimmen lernen.“');
    expect(who('de', firstNameOnly)).toEqual({ name: 'Mia', mention: 'Mia', cue: 'sagt' });
  });

  it('goes on with the person quoted last when a sentence quotes two in turn', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Mia von der DLRG-Jugend sagt: „Jedes Kind muss schwimmen lernen“ und Tim von den Wasserfreunden meint: „Wir brauchen mehr Zeiten.“',
      'Von der Stadt fordert er „einen festen Plan für die Vereine“.',
    );
    expect(quoteStarting('de', text, 'einen festen Plan').speaker?.name).toBe('Tim');
  });

  it('leaves a subordinating conjunction opening the sentence out of the name ("Wenn Katrin Odermatt …")', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', 'Wenn Katrin Odermatt morgens das Bad aufschließt, ist es noch still. „Das ist meine liebste Stunde“, sagt sie.');
    expect(who('de', text)).toEqual({ name: 'Katrin Odermatt', mention: 'sie', cue: 'sagt sie' });
  });

  it('leaves closed role compounds and declined roles out of the name ("Bäderchef", "des Architekten")', () => {
    const chief = article('Lindenau hat wieder ein Hallenbad', intro, '„Das Becken ist voll“, sagte Bäderchef Lukas Henning.');
    expect(who('de', chief)).toEqual({ name: 'Lukas Henning', mention: 'Bäderchef Lukas Henning', cue: 'sagte' });
    const declined = article('Lindenau hat wieder ein Hallenbad', intro, 'Dem Architekten Paul Varga zufolge ist das Dach „für hundert Jahre gebaut“.');
    expect(who('de', declined).name).toBe('Paul Varga');
  });

  it('takes the role for its holder, not a place in a complement after it, nor a body of that place', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Das Landgericht Lindenau hatte den Bau gestoppt. Sportministerin Hanna Vogt kam zur Eröffnung.',
      '„Das Warten hat sich gelohnt“, sagte die Ministerin am Samstag bei einem Rundgang in Lindenau.',
    );
    expect(who('de', text).name).toBe('Hanna Vogt');
  });

  it('takes no counted noun for a person ("15 Millionen Euro")', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Sportministerin Hanna Vogt kam zur Eröffnung. Ein Zuschuss von 15 Millionen Euro sei „fest eingeplant“, fügte sie hinzu.',
    );
    expect(who('de', text).name).toBe('Hanna Vogt');
  });

  it('gives no speaker to words an unnamed person says, nor the speaker of the quote before', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      '„Die Kinder können endlich schwimmen lernen“, sagte Bürgermeisterin Katrin Odermatt.',
      '„Wir haben zwei Jahre lang gewartet“, erzählt eine Mutter am Beckenrand.',
    );
    expect(quoteStarting('de', text, 'Wir haben zwei').speaker).toBeNull();
    const company = article('Lindenau hat wieder ein Hallenbad', intro, 'Ein Unternehmenssprecher sagte, die Anlage sei „voll ausgelastet“.');
    expect(who('de', company).name).toBeNull();
  });

  it('gives the fullest form of a name used alone', () => {
    const text = article('Lindenau hat wieder ein Hallenbad', intro, '„Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen“, betonte Odermatt.');
    expect(who('de', text)).toEqual({ name: 'Katrin Odermatt', mention: 'Odermatt', cue: 'betonte' });
  });

  it('finds the speaker with an apposition', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit wieder geöffnet.',
      'Katrin Odermatt, die Bürgermeisterin der Stadt, sagte: „Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen.“',
    );
    const found = who('de', text);
    expect(found.name).toBe('Katrin Odermatt');
    expect(found.cue).toBe('sagte');
  });

  it('resolves "sagte er" to the person just mentioned', () => {
    const text = article(
      'Lindenau wartet auf die Tram',
      'Jonas Brandt hat am Montag die Baustelle der Straßenbahn besucht.',
      '„Die Bauarbeiten gehen im März weiter“, sagte er.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Jonas Brandt');
    expect(found.mention).toBe('er');
    expect(found.cue).toMatch(/^sagte( er)?$/u);
  });

  // The headline's two capitalised nouns ("Neue Straßenbahn") look like a person's name; the
  // pronoun stands for the subject of the sentence before, not for "Straßenbahn" after "der".
  it('resolves "sagte er" to the person, not to capitalised nouns of the headline', () => {
    const text = article(
      'Neue Straßenbahn für Lindenau',
      'Jonas Brandt hat am Montag die Baustelle der Straßenbahn besucht.',
      '„Die Bauarbeiten gehen im März weiter“, sagte er.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Jonas Brandt');
    expect(found.mention).toBe('er');
  });

  // "Verkehrsminister" is not in the German role list, so names.ts keeps it in the name.
  it('leaves a role compound out of the speaker name', () => {
    const text = article(
      'Lindenau wartet auf die Tram',
      'Verkehrsminister Jonas Brandt sagte am Montag: „Die Bauarbeiten an der Straßenbahn gehen im März weiter.“',
    );
    expect(who('de', text).name).toBe('Jonas Brandt');
  });

  it('resolves "sagte sie" to the most recent person', () => {
    const text = article(
      'Neue Straßenbahn für Lindenau',
      'Jonas Brandt hat am Montag die Bürgermeisterin von Lindenau, Katrin Odermatt, getroffen.',
      '„Sechs Monate Verspätung sind für die Geschäfte viel zu viel“, sagte sie.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Katrin Odermatt');
    expect(found.mention).toBe('sie');
    expect(found.cue).toMatch(/^sagte( sie)?$/u);
  });

  it('resolves "der Kanzler" to the person the article names as chancellor', () => {
    const text = article(
      'Gespräche in Lindenau',
      'Kanzler Matthias Lorenzen hat am Dienstag die Ministerpräsidentin Helga Sommer in Lindenau getroffen.',
      '„Wir sind einer Einigung so nahe wie noch nie in diesem Jahr“, sagte der Kanzler.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Matthias Lorenzen');
    expect(found.mention).toMatch(/^(der )?Kanzler$/u);
    expect(found.cue).toBe('sagte');
  });

  it('finds the speaker after "laut" in mid-sentence', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit wieder geöffnet.',
      'Das neue Becken ist laut Katrin Odermatt „das Beste, was dieser Stadt seit Jahrzehnten passiert ist“.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Katrin Odermatt');
    expect(found.mention).toBe('Katrin Odermatt');
    expect(found.cue).toBe('laut');
  });

  // The capitalised "Laut" opening the sentence is taken into the name mention ("Laut Katrin Odermatt"), so no
  // name starts right after the preposition and the quote gets no speaker (names.ts / attribution.ts).
  it('finds the speaker after "laut" opening the sentence', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit wieder geöffnet.',
      'Laut Katrin Odermatt ist das neue Becken „das Beste, was dieser Stadt seit Jahrzehnten passiert ist“.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Katrin Odermatt');
    expect(found.mention).toBe('Katrin Odermatt');
    expect(found.cue?.toLowerCase()).toBe('laut');
  });

  it('finds the speaker before "zufolge"', () => {
    const text = article(
      'Lindenau hat wieder ein Hallenbad',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit wieder geöffnet.',
      'Katrin Odermatt zufolge ist das neue Becken „das Beste, was dieser Stadt seit Jahrzehnten passiert ist“.',
    );
    const found = who('de', text);
    expect(found.name).toBe('Katrin Odermatt');
    expect(found.mention).toBe('Katrin Odermatt');
    expect(found.cue).toBe('zufolge');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Ärger über die Sperrung des Bahnhofs',
      'Der Bahnhof von Lindenau wird ab Montag für sechs Wochen gesperrt.',
      '„Niemand hat uns etwas gesagt, bis die Plakate hingen“, klagte ein Pendler am Bahnsteig.',
    );
    expect(onlyQuote('de', text).speaker).toBeNull();
  });

  it('reads a separable verb whose particle closes the clause ("teilte Brammert am Nachmittag mit")', () => {
    const text = article('Titel', 'Die Firma Brammert Präzisionstechnik baut Stellen ab. „Die Verlagerung sichert Arbeitsplätze“, teilte Brammert am Nachmittag mit.');
    expect(who('de', text)).toEqual({ name: 'Brammert Präzisionstechnik', mention: 'Brammert', cue: 'teilte' });
    const other = article('Titel', '„Die Verlagerung sichert Arbeitsplätze“, fügte Jonas Brandt am Abend hinzu.');
    expect(who('de', other).name).toBe('Jonas Brandt');
    // "teilte … mit seinem Bruder": the particle does not close the clause.
    expect(quotesOf('de', article('Titel', '„Die Verlagerung sichert Arbeitsplätze“, teilte Jonas Brandt das Geld mit seinem Bruder.'))).toEqual([]);
  });

  it('names a body given in the genitive in the nominative ("des Landeswirtschaftsministeriums")', () => {
    const text = article('Titel', '„Die Zuschüsse waren an Zusagen geknüpft“, sagte eine Sprecherin des Landeswirtschaftsministeriums.');
    expect(who('de', text).name).toBe('Landeswirtschaftsministerium');
  });

  it('gives a cueless whole sentence quoted later in the paragraph the speaker of the quote before', () => {
    const text = article('Titel', '„Wir halten diese Universität am Laufen“, sagt Lea Wanninger, Sprecherin der Hochschulgruppe. Die 27-Jährige arbeitet seit vier Jahren als Tutorin. „Mit solchen Verträgen kann niemand sein Leben planen.“');
    expect(quotesOf('de', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Lea Wanninger', 'Lea Wanninger']);
    // Not past somebody else introduced between.
    const spanish = article('Título', 'Anselmo Prieto, de 71 años, se mostró tranquilo. «Esto ya lo vivimos en 1995 y al final llovió en mayo», recordó. A su lado, una vecina que prefirió no dar su nombre fue menos optimista: «Nos hemos enterado por la radio, como siempre».');
    expect(quotesOf('es', spanish).map((quote) => quote.speaker?.name ?? null)).toEqual(['Anselmo Prieto', null]);
  });

  it('gives a verb joined by a conjunction the subject before it ("… greift zum Megafon und ruft:")', () => {
    const text = article('Titel', 'Lea Wanninger kann darüber nur den Kopf schütteln. Am Mittag steigt sie auf eine Bierbank, greift zum Megafon und ruft: „Wir sind das Rückgrat der Lehre!“');
    expect(who('de', text).name).toBe('Lea Wanninger');
  });
});

describe('speakers in Spanish', () => {
  const intro = 'La alcaldesa de Sotoalto, Lucía Arrieta, inauguró el sábado el nuevo puente sobre el río.';

  it('reads a speech verb in the infinitive after another verb ("se limitaron a señalar")', () => {
    const text = article('Sotoalto', intro, 'Fuentes del Ministerio de Fomento se limitaron a señalar que la obra "será revisada en enero".');
    expect(who('es', text)).toMatchObject({ name: 'Ministerio de Fomento', cue: 'señalar' });
  });

  it('resolves a subject pronoun before the colon that opens the quote ("ella no lo descartó: «…»")', () => {
    const text = article('Sotoalto', intro, 'Preguntada por los cortes, ella no lo descartó: «Si no llueve en abril, habrá restricciones».');
    expect(who('es', text)).toMatchObject({ name: 'Lucía Arrieta', mention: 'ella' });
  });

  it('takes the name in apposition after a role and its complement, not the complement ("el consejero de Medio Ambiente, X")', () => {
    const text = article('Sotoalto', '«No es una sequía pasajera», afirmó el consejero de Medio Ambiente, Tomás Echevarría Lluch.');
    expect(who('es', text).name).toBe('Tomás Echevarría Lluch');
  });

  it('gives the full name for the first of two surnames ("Ortega" for "Julián Ortega Sanz")', () => {
    const text = article('Sotoalto', intro, 'El concejal Julián Ortega Sanz votó en contra. «El puente llega tarde», declaró Ortega.');
    expect(who('es', text)).toEqual({ name: 'Julián Ortega Sanz', mention: 'Ortega', cue: 'declaró' });
  });

  it('finds the speaker named before the quote', () => {
    const text = article('Sotoalto estrena puente', intro, 'Lucía Arrieta dijo: «Este puente va a cambiar la vida de los vecinos del barrio».');
    expect(who('es', text)).toEqual({ name: 'Lucía Arrieta', mention: 'Lucía Arrieta', cue: 'dijo' });
  });

  it('finds the speaker after an inverted verb', () => {
    const text = article('Sotoalto estrena puente', intro, '«Este puente va a cambiar la vida de los vecinos del barrio», afirmó Lucía Arrieta.');
    expect(who('es', text)).toEqual({ name: 'Lucía Arrieta', mention: 'Lucía Arrieta', cue: 'afirmó' });
  });

  it('gives the fullest form of a name used alone', () => {
    const text = article('Sotoalto estrena puente', intro, '«Este puente va a cambiar la vida de los vecinos del barrio», aseguró Arrieta.');
    expect(who('es', text)).toEqual({ name: 'Lucía Arrieta', mention: 'Arrieta', cue: 'aseguró' });
  });

  it('finds the speaker with an apposition', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El nuevo puente sobre el río se abrió al tráfico el sábado.',
      'Lucía Arrieta, la alcaldesa de la ciudad, afirmó: «Este puente va a cambiar la vida de los vecinos del barrio».',
    );
    const found = who('es', text);
    expect(found.name).toBe('Lucía Arrieta');
    expect(found.cue).toBe('afirmó');
  });

  it('resolves a subjectless "dijo" after a quote by the same person', () => {
    const text = article(
      'Sotoalto estrena puente',
      intro,
      '«Este puente va a cambiar la vida de los vecinos», afirmó Lucía Arrieta. «Y lo hemos terminado antes de lo previsto», dijo.',
    );
    const quote = quoteStarting('es', text, 'Y lo hemos');
    expect(quote.speaker?.name).toBe('Lucía Arrieta');
    expect(quote.cue).toBe('dijo');
  });

  it('resolves a subjectless "dijo" to the person just mentioned', () => {
    const text = article('Sotoalto estrena puente', intro, '«Lo hemos terminado antes de lo previsto y sin gastar más», dijo.');
    const found = who('es', text);
    expect(found.name).toBe('Lucía Arrieta');
    expect(found.cue).toBe('dijo');
  });

  it('resolves "ella" to the person just mentioned', () => {
    const text = article('Sotoalto estrena puente', intro, '«Lo hemos terminado antes de lo previsto y sin gastar más», explicó ella.');
    expect(who('es', text)).toEqual({ name: 'Lucía Arrieta', mention: 'ella', cue: 'explicó' });
  });

  // The role is followed by a qualifier before the name ("El ministro de Transportes, Andrés Olmedo"): resolveRole (attribution.ts)
  // only looks a few characters around each name for the role, so it falls back to the last person.
  it('resolves "el ministro" to the minister the article names with a qualifier', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El ministro de Transportes, Andrés Olmedo, acompañó el sábado a la alcaldesa Lucía Arrieta en la inauguración.',
      '«El Gobierno financiará también la segunda fase de la obra», añadió el ministro.',
    );
    const found = who('es', text);
    expect(found.name).toBe('Andrés Olmedo');
    expect(found.mention).toMatch(/^(el )?ministro$/u);
    expect(found.cue).toBe('añadió');
  });

  it('resolves "el ministro" to the minister the article names', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El ministro Andrés Olmedo acompañó el sábado a la alcaldesa Lucía Arrieta en la inauguración.',
      '«El Gobierno financiará también la segunda fase de la obra», añadió el ministro.',
    );
    const found = who('es', text);
    expect(found.name).toBe('Andrés Olmedo');
    expect(found.mention).toMatch(/^(el )?ministro$/u);
    expect(found.cue).toBe('añadió');
  });

  it('finds the speaker after "según" in mid-sentence', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El nuevo puente sobre el río se abrió al tráfico el sábado.',
      'La obra es, según Lucía Arrieta, «lo mejor que le ha pasado a esta ciudad en décadas».',
    );
    const found = who('es', text);
    expect(found.name).toBe('Lucía Arrieta');
    expect(found.mention).toBe('Lucía Arrieta');
    expect(found.cue).toBe('según');
  });

  // The capitalised "Según" opening the sentence is taken into the name mention ("Según Lucía Arrieta"), so no
  // name starts right after the preposition and the quote gets no speaker (names.ts / attribution.ts).
  it('finds the speaker after "según" opening the sentence', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El nuevo puente sobre el río se abrió al tráfico el sábado.',
      'Según Lucía Arrieta, la obra es «lo mejor que le ha pasado a esta ciudad en décadas».',
    );
    const found = who('es', text);
    expect(found.name).toBe('Lucía Arrieta');
    expect(found.mention).toBe('Lucía Arrieta');
    expect(found.cue?.toLowerCase()).toBe('según');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Quejas por el cierre de la estación',
      'La estación de Sotoalto cerrará durante seis semanas a partir del lunes.',
      '«Nadie nos ha dicho nada hasta que aparecieron los carteles en el andén», se quejaba un viajero.',
    );
    expect(onlyQuote('es', text).speaker).toBeNull();
  });

  it('takes no subject from inside the quote before the verb: the next quote goes on with its speaker', () => {
    const text = article('Título', '“Tomamos una decisión así con tranquilidad”, dijo el alcalde Antonio Carlos Bezerra. “Pero si no racionamos ahora, llegaremos a noviembre sin agua.”');
    expect(quotesOf('es', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Antonio Carlos Bezerra', 'Antonio Carlos Bezerra']);
  });

  it('reads a verb between the source preposition and its source ("según informó la consejería")', () => {
    const text = article('Título', 'La Consejería de Industria ha convocado a ambas partes. «Vamos a utilizar todos los instrumentos a nuestro alcance», según informó la consejería.');
    expect(who('es', text)).toMatchObject({ name: 'Consejería de Industria', cue: 'según informó' });
  });

  it('gives a text quoted the body named just before it, whoever was quoted before', () => {
    const text = article('Título', '«Estamos trabajando con una presión enorme», reconoce la jefa del servicio, Elena Ruiz Albarracín. La Consejería de Sanidad sostiene que el plan funciona. «Desde el 1 de diciembre se han incorporado 48 profesionales», señala la nota.');
    expect(quotesOf('es', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Elena Ruiz Albarracín', 'Consejería de Sanidad']);
  });

  it('gives a text quoted with nobody quoted before it the body named last ("señala la nota")', () => {
    const text = article('Título', 'La Consejería de Sanidad sostiene que el plan funciona. En un comunicado difundido por la tarde, anunció que se abrirán 22 camas. «Desde el 1 de diciembre se han incorporado 48 profesionales de refuerzo», señala la nota.');
    expect(who('es', text).name).toBe('Consejería de Sanidad');
  });
});

describe('speakers in Italian', () => {
  const intro = 'Il sindaco di Pontalba, Marco Bellandi, ha inaugurato sabato il nuovo ponte sul fiume.';

  it('gives a sentence opened by where its words come from that body ("Dal ministero … fanno sapere"; es, de)', () => {
    const italian = article('Pontalba', 'Dal ministero delle Infrastrutture fanno sapere che il ponte è «una priorità assoluta».');
    expect(quoteStarting('it', italian, 'una priorità').speaker?.name).toBe('ministero delle Infrastrutture');
    const spanish = article('Sotoalto', 'Desde el Ministerio de Trabajo señalaron que la huelga es «legal y proporcionada».');
    expect(quoteStarting('es', spanish, 'legal').speaker?.name).toBe('Ministerio de Trabajo');
    const german = article('Lindenau', 'Aus dem Ministerium hieß es, man werde die Lage »genau prüfen«.');
    expect(quoteStarting('de', german, 'genau').speaker?.name).toBe('Ministerium');
  });

  it('takes no verb after a body noun for its adjective ("il governo valuterà")', () => {
    const text = article('Pontalba', 'Il governo valuterà il piano. «Serve tempo», ha detto il governo.');
    expect(quoteStarting('it', text, 'Serve tempo').speaker?.name ?? null).not.toBe('governo valuterà');
  });

  it('resolves a headline role before a colon to the person the article names in it ("Il sindaco: «…»")', () => {
    const text = article('Pontalba, apre il ponte. Il sindaco: «Un giorno storico»', intro);
    const quote = quoteStarting('it', text, 'Un giorno storico');
    expect(quote.speaker?.name).toBe('Marco Bellandi');
    expect(quote.speaker?.mention).toBe('Il sindaco');
  });

  it('gives both halves of a quote broken by its attribution the same speaker', () => {
    const text = article('Pontalba', intro, '«È un giorno storico», ha detto Bellandi. «Non ci fermeremo qui», ha aggiunto, «perché il ponte serve a tutta la valle».');
    expect(quoteStarting('it', text, 'perché il ponte').speaker?.name).toBe('Marco Bellandi');
  });

  it('reads a pronoun subject past a word set off by commas ("Lui, commosso, ha ricordato")', () => {
    const text = article('Pontalba', intro, 'Lui, commosso, ha ricordato davanti alla folla in piazza San Carlo: «Qui ho imparato a nuotare».');
    expect(who('it', text)).toEqual({ name: 'Marco Bellandi', mention: 'Lui', cue: 'ha ricordato' });
  });

  it('finds the speaker named before the quote', () => {
    const text = article('Pontalba inaugura il ponte', intro, 'Marco Bellandi ha dichiarato: «Questo ponte cambierà la vita degli abitanti del quartiere».');
    expect(who('it', text)).toEqual({ name: 'Marco Bellandi', mention: 'Marco Bellandi', cue: 'ha dichiarato' });
  });

  it('finds the speaker after an inverted verb', () => {
    const text = article('Pontalba inaugura il ponte', intro, '«Questo ponte cambierà la vita degli abitanti del quartiere», ha detto Marco Bellandi.');
    expect(who('it', text)).toEqual({ name: 'Marco Bellandi', mention: 'Marco Bellandi', cue: 'ha detto' });
  });

  it('gives the fullest form of a name used alone', () => {
    const text = article('Pontalba inaugura il ponte', intro, '«Questo ponte cambierà la vita degli abitanti del quartiere», ha aggiunto Bellandi.');
    expect(who('it', text)).toEqual({ name: 'Marco Bellandi', mention: 'Bellandi', cue: 'ha aggiunto' });
  });

  it('finds the speaker with an apposition', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il nuovo ponte sul fiume è stato aperto al traffico sabato.',
      'Marco Bellandi, il sindaco della città, ha dichiarato: «Questo ponte cambierà la vita degli abitanti del quartiere».',
    );
    const found = who('it', text);
    expect(found.name).toBe('Marco Bellandi');
    expect(found.cue).toBe('ha dichiarato');
  });

  // The role is followed by a qualifier before the name ("Il sindaco di Pontalba, Marco Bellandi"): resolveRole (attribution.ts)
  // only looks a few characters around each name for the role, so it falls back to the last person.
  it('resolves "il sindaco" to the mayor the article names with a qualifier', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il sindaco di Pontalba, Marco Bellandi, ha accolto sabato la ministra Giulia Ferraris.',
      '«I lavori sono finiti con tre mesi di anticipo», ha spiegato il sindaco.',
    );
    const found = who('it', text);
    expect(found.name).toBe('Marco Bellandi');
    expect(found.mention).toMatch(/^(il )?sindaco$/u);
    expect(found.cue).toBe('ha spiegato');
  });

  it('resolves "lei" to the person just mentioned', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il ponte è stato inaugurato sabato dalla ministra Giulia Ferraris.',
      'Lei ha detto: «Il governo finanzierà anche la seconda parte dell’opera».',
    );
    expect(who('it', text)).toEqual({ name: 'Giulia Ferraris', mention: 'Lei', cue: 'ha detto' });
  });

  it('resolves "il sindaco" to the mayor the article names', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il sindaco Marco Bellandi ha accolto sabato la ministra Giulia Ferraris sul nuovo ponte.',
      '«I lavori sono finiti con tre mesi di anticipo», ha spiegato il sindaco.',
    );
    const found = who('it', text);
    expect(found.name).toBe('Marco Bellandi');
    expect(found.mention).toMatch(/^(il )?sindaco$/u);
    expect(found.cue).toBe('ha spiegato');
  });

  it('finds the speaker after "secondo" in mid-sentence', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il nuovo ponte sul fiume è stato aperto al traffico sabato.',
      'L’opera è, secondo Marco Bellandi, «la cosa migliore capitata a questa città da decenni».',
    );
    const found = who('it', text);
    expect(found.name).toBe('Marco Bellandi');
    expect(found.mention).toBe('Marco Bellandi');
    expect(found.cue).toBe('secondo');
  });

  // The capitalised "Secondo" opening the sentence is taken into the name mention ("Secondo Marco Bellandi"), so no
  // name starts right after the preposition and the quote gets no speaker (names.ts / attribution.ts).
  it('finds the speaker after "secondo" opening the sentence', () => {
    const text = article(
      'Pontalba inaugura il ponte',
      'Il nuovo ponte sul fiume è stato aperto al traffico sabato.',
      'Secondo Marco Bellandi, l’opera è «la cosa migliore capitata a questa città da decenni».',
    );
    const found = who('it', text);
    expect(found.name).toBe('Marco Bellandi');
    expect(found.mention).toBe('Marco Bellandi');
    expect(found.cue?.toLowerCase()).toBe('secondo');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Proteste per la chiusura della stazione',
      'La stazione di Pontalba resterà chiusa per sei settimane a partire da lunedì.',
      '«Nessuno ci ha detto niente finché non sono comparsi i cartelli sul binario», si lamentava un pendolare.',
    );
    expect(onlyQuote('it', text).speaker).toBeNull();
  });

  it('reads where the words come from after the verb ("fanno sapere dalla Prefettura")', () => {
    const text = article('Titolo', '«L’obiettivo è evitare che la vertenza degeneri e arrivare a un’intesa», fanno sapere dalla Prefettura.');
    expect(who('it', text)).toMatchObject({ name: 'Prefettura', cue: 'fanno sapere' });
    const spanish = article('Título', '«Vamos a utilizar todos los instrumentos a nuestro alcance», señalaron desde la Consejería de Industria.');
    expect(who('es', spanish)).toMatchObject({ name: 'Consejería de Industria', cue: 'señalaron' });
  });

  it('gives a bare inserted verb the person the text is about (", sostiene, … “tagliati fuori dal mondo”")', () => {
    const text = article('Titolo', '“Diciotto mesi sono un’eternità”, dice Giuliana Serafini, titolare di un forno. Senza un collegamento rapido, sostiene, i negozi rischiano di restare “tagliati fuori dal mondo”.');
    expect(quotesOf('it', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Giuliana Serafini', 'Giuliana Serafini']);
  });
});

describe('speakers in Portuguese', () => {
  const intro = 'O presidente da câmara de Vilar, João Vasconcelos, inaugurou no sábado a nova ponte sobre o rio.';

  it('gives a subjectless verb opening its sentence before the quote the person the text is about', () => {
    const text = article('Vilar', intro, 'Ele garantiu que a obra não terá custos extras. E acrescentou: “A ponte vai durar cem anos.”');
    expect(who('pt', text)).toEqual({ name: 'João Vasconcelos', mention: 'acrescentou', cue: 'acrescentou' });
  });

  it('resolves a role to its holder named after the role, not to a word of the role’s complement', () => {
    const text = article(
      'Vilar',
      'A ministra da Agricultura e do Mar, Helena Sarmento, visitou o porto.',
      '“O stock tem de ser protegido”, afirmou a ministra.',
    );
    expect(who('pt', text)).toEqual({ name: 'Helena Sarmento', mention: 'a ministra', cue: 'afirmou' });
  });

  it('stops a role at the comma that opens another noun phrase ("a parlamentar, a concessionária X")', () => {
    const text = article(
      'Vilar',
      'A vereadora Ana Lobo criticou a obra. De acordo com a parlamentar, a construtora Pontes do Norte falhou: “Prometeram a ponte para julho.”',
    );
    expect(who('pt', text)).toEqual({ name: 'Ana Lobo', mention: 'a parlamentar', cue: 'De acordo com' });
  });

  it('takes no word of a multi-word role for a role alone ("Câmara Municipal" stays a body)', () => {
    const text = article(
      'Vilar',
      'A vereadora Ana Lobo, líder da oposição na Câmara Municipal, classificou a obra de “desnecessária”.',
      'O Conselho Municipal de Obras aprovou o projeto ontem.',
    );
    expect(who('pt', text)).toEqual({ name: 'Ana Lobo', mention: 'Ana Lobo', cue: 'classificou' });
  });

  it('finds the speaker named before the quote', () => {
    const text = article('Vilar inaugura ponte', intro, 'João Vasconcelos afirmou: «Esta ponte vai mudar a vida dos moradores do bairro.»');
    expect(who('pt', text)).toEqual({ name: 'João Vasconcelos', mention: 'João Vasconcelos', cue: 'afirmou' });
  });

  it('finds the speaker after an inverted verb', () => {
    const text = article('Vilar inaugura ponte', intro, '“Esta ponte vai mudar a vida dos moradores do bairro”, disse João Vasconcelos.');
    expect(who('pt', text)).toEqual({ name: 'João Vasconcelos', mention: 'João Vasconcelos', cue: 'disse' });
  });

  it('gives the fullest form of a name used alone', () => {
    const text = article('Vilar inaugura ponte', intro, '“Esta ponte vai mudar a vida dos moradores do bairro”, declarou Vasconcelos.');
    expect(who('pt', text)).toEqual({ name: 'João Vasconcelos', mention: 'Vasconcelos', cue: 'declarou' });
  });

  it('finds the speaker with an apposition', () => {
    const text = article(
      'Vilar inaugura ponte',
      'A nova ponte sobre o rio abriu ao trânsito no sábado.',
      'João Vasconcelos, o autarca da vila, afirmou: «Esta ponte vai mudar a vida dos moradores do bairro.»',
    );
    const found = who('pt', text);
    expect(found.name).toBe('João Vasconcelos');
    expect(found.cue).toBe('afirmou');
  });

  it('resolves "ele" to the person just mentioned', () => {
    const text = article('Vilar inaugura ponte', intro, '“Terminámos a obra antes do prazo e sem gastar mais”, acrescentou ele.');
    expect(who('pt', text)).toEqual({ name: 'João Vasconcelos', mention: 'ele', cue: 'acrescentou' });
  });

  // The role is followed by a qualifier before the name ("A ministra das Infraestruturas, Teresa Quintela"): resolveRole (attribution.ts)
  // only looks a few characters around each name for the role, so it falls back to the last person.
  it('resolves "a ministra" to the minister the article names with a qualifier', () => {
    const text = article(
      'Vilar inaugura ponte',
      'A ministra das Infraestruturas, Teresa Quintela, acompanhou no sábado o autarca João Vasconcelos.',
      '“O Governo vai financiar também a segunda fase da obra”, afirmou a ministra.',
    );
    const found = who('pt', text);
    expect(found.name).toBe('Teresa Quintela');
    expect(found.mention).toMatch(/^(a )?ministra$/u);
    expect(found.cue).toBe('afirmou');
  });

  it('resolves "a ministra" to the minister the article names', () => {
    const text = article(
      'Vilar inaugura ponte',
      'A ministra Teresa Quintela acompanhou no sábado o autarca João Vasconcelos na inauguração.',
      '“O Governo vai financiar também a segunda fase da obra”, afirmou a ministra.',
    );
    const found = who('pt', text);
    expect(found.name).toBe('Teresa Quintela');
    expect(found.mention).toMatch(/^(a )?ministra$/u);
    expect(found.cue).toBe('afirmou');
  });

  it('finds the speaker after "segundo" in mid-sentence', () => {
    const text = article(
      'Vilar inaugura ponte',
      'A nova ponte sobre o rio abriu ao trânsito no sábado.',
      'A obra é, segundo João Vasconcelos, «a melhor coisa que aconteceu a esta vila em décadas».',
    );
    const found = who('pt', text);
    expect(found.name).toBe('João Vasconcelos');
    expect(found.mention).toBe('João Vasconcelos');
    expect(found.cue).toBe('segundo');
  });

  // The capitalised "Segundo" opening the sentence is taken into the name mention ("Segundo João Vasconcelos"), so no
  // name starts right after the preposition and the quote gets no speaker (names.ts / attribution.ts).
  it('finds the speaker after "segundo" opening the sentence', () => {
    const text = article(
      'Vilar inaugura ponte',
      'A nova ponte sobre o rio abriu ao trânsito no sábado.',
      'Segundo João Vasconcelos, a obra é «a melhor coisa que aconteceu a esta vila em décadas».',
    );
    const found = who('pt', text);
    expect(found.name).toBe('João Vasconcelos');
    expect(found.mention).toBe('João Vasconcelos');
    expect(found.cue?.toLowerCase()).toBe('segundo');
  });

  it('gives no speaker when the article names nobody', () => {
    const text = article(
      'Queixas pelo fecho da estação',
      'A estação de Vilar vai fechar durante seis semanas a partir de segunda-feira.',
      '«Ninguém nos disse nada até aparecerem os cartazes na plataforma», queixava-se um passageiro.',
    );
    expect(onlyQuote('pt', text).speaker).toBeNull();
  });

  it('gives a spokesperson named again by the noun alone the body named the first time', () => {
    const text = article('Título', 'Uma porta-voz da Secretaria Municipal de Governo disse que os postos terão água. Segundo ela, 18 caminhões foram contratados. “Nenhum serviço essencial vai parar”, garantiu a porta-voz.');
    expect(who('pt', text).name).toBe('Secretaria Municipal de Governo');
  });

  it('reads European Portuguese "referiu" as a speech verb', () => {
    const text = article('Título', 'O protocolo foi assinado com a Câmara Municipal de Alvarela. «Há pessoas a telefonar todos os dias a perguntar quando abrem as inscrições», referiu uma porta-voz da câmara.');
    expect(who('pt', text)).toMatchObject({ name: 'Câmara Municipal de Alvarela', cue: 'referiu' });
  });

  it('gives a quote naming nobody the speaker of the quote before in its sentence', () => {
    const text = article('Título', 'O diretor-geral, Henrique Matos Valadares, falou aos jornalistas. «Estávamos a recusar encomendas», afirmou o gestor, adiantando que as obras deverão arrancar «no início do próximo ano».');
    expect(quotesOf('pt', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Henrique Matos Valadares', 'Henrique Matos Valadares']);
  });

  it('reads a pronoun closing an inverted attribution as its subject, for the quote after it too', () => {
    const text = article('Título', 'A produtora Rosângela Pimentel Duarte cultiva café em 12 hectares. “Em 2019 eu quase vendi a terra”, lembra ela. “O preço não cobria nem o custo da colheita.”');
    expect(quotesOf('pt', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Rosângela Pimentel Duarte', 'Rosângela Pimentel Duarte']);
  });

  it('resolves a role with its complement to the person it was given to, never another holder of the role', () => {
    const text = article(
      'Título',
      'A presidente da câmara, Helena Carvalhais Moutinho, criticou a decisão.',
      '«Estão a fechar a última porta», afirmou Nuno Albergaria Sequeira, presidente da associação de pais, junto a um trator.',
      'Remata o presidente da associação de pais: «Se for preciso, voltamos a cortar a estrada todas as semanas.»',
    );
    expect(quotesOf('pt', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Nuno Albergaria Sequeira', 'Nuno Albergaria Sequeira']);
  });
});

describe('speech verbs in the infinitive', () => {
  it.each([
    ['fr', 'Claire Dubosc a tenu à préciser : « Le chantier reprendra lundi. »', 'Le chantier', 'Claire Dubosc'],
    ['it', 'Marco Ferri ha voluto sottolineare che «il ponte sarà aperto a tutti».', 'il ponte', 'Marco Ferri'],
    ['es', 'Julián Ortega quiso destacar que el puente será «un orgullo para todos».', 'un orgullo', 'Julián Ortega'],
    ['pt', 'Rui Tavares fez questão de dizer que a ponte é «um orgulho para todos».', 'um orgulho', 'Rui Tavares'],
  ])('%s: %s', (lang, sentence, start, name) => {
    const quote = quotesOf(lang, article('Titre', sentence)).find((found) => found.text.startsWith(start));
    expect(quote?.speaker?.name).toBe(name);
  });

  it('does not read a non-speech infinitive as a cue (fr "de lancer la guerre")', () => {
    const text = article('Titre', 'Le général a ordonné aux troupes de lancer « l’opération » à l’aube.');
    expect(quotesOf('fr', text)).toEqual([]);
  });
});

describe('a role with a capitalised adjective before it', () => {
  const text = (adjective: string) =>
    article('Trade', `Russian President Vladimir Putin met the delegation. "Trade between our countries has grown to record levels this year," said the ${adjective} president.`);

  it('is the person named with the same adjective and role, not the adjective taken for a name', () => {
    expect(onlyQuote('en', text('Russian')).speaker).toMatchObject({ name: 'Vladimir Putin', mention: 'the Russian president' });
  });

  it('is nobody when no one in the article holds that role', () => {
    expect(onlyQuote('en', text('French')).speaker).toBeNull();
  });
});
