import { describe, expect, it } from 'vitest';
import { article, quotesOf } from './helpers.js';

describe('speakers across an interview', () => {
  it('gives a quote standing alone at the head of its paragraph the speaker of the quote before', () => {
    const text = article(
      'Le maire de Valbrune répond aux critiques',
      '« Nous avons tenu nos engagements sur le pont et sur l’école », affirme Odile Ferrand, maire de Valbrune depuis six ans.',
      '« Le chantier de la piscine commencera au printemps, comme prévu, et personne ne paiera davantage. »',
      'La première adjointe, Claire Dubosc, a de son côté présenté le budget.',
    );
    const quotes = quotesOf('fr', text);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Odile Ferrand', 'Odile Ferrand']);
  });

  it('does not carry a speaker to a standalone quote further than two paragraphs away', () => {
    const text = article(
      'Valbrune vote son budget',
      '« Nous avons tenu nos engagements sur le pont et sur l’école », affirme Odile Ferrand.',
      'Le conseil municipal a siégé pendant quatre heures.',
      'Les débats ont surtout porté sur la piscine municipale.',
      'Le vote a eu lieu peu avant minuit.',
      '« Le chantier de la piscine commencera au printemps, comme prévu, et personne ne paiera davantage. »',
    );
    expect(quotesOf('fr', text).map((quote) => quote.speaker?.name ?? null)).toEqual(['Odile Ferrand', null]);
  });

  it('takes the subject after an attribution inserted between commas, not the noun before it', () => {
    const text = article(
      'Sotoalto estrena puente',
      'El puente, dijo Lucía Arrieta, costó menos de lo previsto: «Lo hemos terminado antes de lo previsto y sin gastar más».',
    );
    const [quote] = quotesOf('es', text);
    expect(quote?.speaker?.name).toBe('Lucía Arrieta');
  });
});

describe('German attributions', () => {
  it('reads "so X" in the sentence before a standalone quote', () => {
    const text = article(
      'Neues Hallenbad in Lindenau',
      'Die Stadt habe lange auf die Zuschüsse gewartet, so Katrin Odermatt. »Jetzt können die Schulen endlich wieder schwimmen lernen, und zwar das ganze Jahr.«',
    );
    const [quote] = quotesOf('de', text);
    expect(quote?.speaker?.name).toBe('Katrin Odermatt');
  });

  it('ends a name before "von der" followed by an organisation, not before a surname', () => {
    const text = article(
      'Demonstration in München',
      'Jonas Brandt von der BUND-Jugend sagt: »Wir wollen, dass die Regierung endlich handelt und nicht nur redet.«',
      'Ursula von der Leyen sagte am Abend: »Wir haben die Botschaft der jungen Menschen sehr genau gehört.«',
    );
    expect(quotesOf('de', text).map((quote) => quote.speaker?.name)).toEqual(['Jonas Brandt', 'Ursula von der Leyen']);
  });
});

describe('pronouns and roles in English', () => {
  it('never takes a name inside an earlier quote for the antecedent of a pronoun', () => {
    const text = article(
      'Eastcombe library reopens',
      'Councillor Dana Whitfield opened the doors at nine.',
      '"Readers have waited two years for this, and Martin Greaves at the county office made it happen," she said. "We will keep the doors open on Sundays from now on."',
    );
    const quotes = quotesOf('en', text);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('finds the name after a role phrase of several words', () => {
    const text = article(
      'Ferry company reports record year',
      '"Our ships have never carried so many passengers in a single summer," chairman and chief executive Alan Porter said on Tuesday.',
    );
    expect(quotesOf('en', text)[0]?.speaker?.name).toBe('Alan Porter');
  });
});

describe('a person introducing a short quote with a colon', () => {
  it('makes it a quote even without a speech verb', () => {
    const text = article('Zelensky compare Poutine à Hitler', 'Volodymyr Zelensky a parlé lundi à Odessa.', 'Le président ukrainien Volodymyr Zelensky : « Poutine comme Hitler ».');
    const quotes = quotesOf('fr', text);
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['Poutine comme Hitler', 'Volodymyr Zelensky']]);
  });
});

describe('the subject after an inverted verb', () => {
  it('prefers a person named after the verb to a place or a body named before it', () => {
    const text = article(
      'Sommet à Valbrune',
      "Les dirigeants veulent aider l'Ukraine, a déclaré ce mardi le chancelier allemand Olaf Brenner, dont le pays préside le sommet, réaffirmant que « la paix doit revenir vite ».",
    );
    expect(quotesOf('fr', text)[0]?.speaker?.name).toBe('Olaf Brenner');
  });

  it('does not take a pronoun after the verb for the speaker', () => {
    const text = article(
      'Eastcombe library reopens',
      'Councillor Dana Whitfield opened the doors on Monday, and the council leader thanked Labour for its support.',
      'Labour said she had "cleverly" avoided the question of the budget.',
    );
    expect(quotesOf('en', text).map((quote) => [quote.text, quote.speaker?.name])).toEqual([['cleverly', 'Labour']]);
  });
});

describe('first names', () => {
  it('gives the full name for a first name only one person of the article has', () => {
    const text = article(
      'Câmara elege novo vice-presidente',
      'Líder do partido, Pauderney Avelino acompanhou a votação.',
      '“Ele ganhou a eleição no bom relacionamento com todos os colegas da casa”, opinou Pauderney.',
    );
    expect(quotesOf('pt', text)[0]?.speaker?.name).toBe('Pauderney Avelino');
  });

  it('keeps a first name as it is when two people of the article share it', () => {
    const text = article(
      'Câmara elege novo vice-presidente',
      'Pauderney Avelino e Pauderney Souza acompanharam a votação.',
      '“Ele ganhou a eleição no bom relacionamento com todos os colegas da casa”, opinou Pauderney.',
    );
    expect(quotesOf('pt', text)[0]?.speaker?.name).toBe('Pauderney');
  });
});

describe('the agent of a passive', () => {
  it('names the speaker after the quote when the cue before it has no subject', () => {
    const text = article(
      'Il sindaco replica',
      'Un anno fa il progetto è stato chiamato « un disastro annunciato » dal presidente della regione Marco Bellandi.',
    );
    expect(quotesOf('it', text)[0]?.speaker?.name).toBe('Marco Bellandi');
  });
});
