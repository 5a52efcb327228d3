import { describe, expect, it } from 'vitest';
import type { QuoteReport } from '../../src/report/types.js';
import { article, quotesOf } from './helpers.js';

/*
 * Which name is the subject of an attribution verb, and whom a pronoun or a subjectless verb
 * stands for: complements, relative clauses, inserted adverbs, bodies behind a spokesperson,
 * the subject of the sentence before, and gender.
 */

function speakerOf(lang: string, text: string, start: string): { name: string | null; cue: string | null } {
  const quote = quotesOf(lang, text).find((found: QuoteReport) => found.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting '${start}'`);
  return { name: quote.speaker?.name ?? null, cue: quote.cue };
}

describe('subjects of attribution verbs', () => {
  it('reads a compound verb with an adverb inside it (fr "a également souligné")', () => {
    const text = article(
      'Le pont de Valbrune',
      'La maire de Valbrune, Odile Ferrand, a inauguré samedi le pont des Tanneurs.',
      'Odile Ferrand a également souligné que le chantier avait coûté « bien moins que prévu ».',
    );
    expect(speakerOf('fr', text, 'bien moins')).toEqual({ name: 'Odile Ferrand', cue: 'a également souligné' });
  });

  it('reads an inserted adverb in Italian ("ha anche dichiarato")', () => {
    const text = article('Il ponte di Valbruna', 'Il sindaco Marco Ferri ha anche dichiarato: «Il ponte sarà aperto a tutti da lunedì».');
    expect(speakerOf('it', text, 'Il ponte sarà')).toEqual({ name: 'Marco Ferri', cue: 'ha anche dichiarato' });
  });

  it('skips a relative clause between the subject and the verb (fr "dont …")', () => {
    const text = article(
      'Le pont de Valbrune',
      'La ministre Claire Dubosc, dont la région accueille le chantier depuis Paris et Lyon, a salué sur les ondes « un chantier exemplaire pour tout le pays ».',
    );
    expect(speakerOf('fr', text, 'un chantier').name).toBe('Claire Dubosc');
  });

  it('takes the person, not the places and bodies of the complements (de "von der … aus …")', () => {
    const text = article(
      'Demo in Lindenau',
      'Katrin Odermatt von der Arbeitsgemeinschaft Stadtgrün aus Lindenau Nord erklärt: »Wir brauchen mehr Bäume in der Innenstadt.«',
    );
    expect(speakerOf('de', text, 'Wir brauchen').name).toBe('Katrin Odermatt');
  });

  it('finds the speaker after a verb, an adverb and a role with its complement (es)', () => {
    const text = article(
      'Obras en Valbruna',
      '"Las obras terminarán antes del invierno", afirmó hoy el ministro de Obras Públicas de Valbruna, Julián Ortega Prieto, en una rueda de prensa.',
    );
    expect(speakerOf('es', text, 'Las obras')).toEqual({ name: 'Julián Ortega Prieto', cue: 'afirmó' });
  });

  it('quotes the body an unnamed spokesperson speaks for (en)', () => {
    const text = article(
      'Eastcombe library reopens',
      'The council rejected the claims. A Harbourside Trust spokeswoman said: "We will appeal against the decision."',
    );
    expect(speakerOf('en', text, 'We will appeal').name).toBe('Harbourside Trust');
  });

  it('does not take an organisation named before a role for a person (en "Telegraph executive")', () => {
    const text = article(
      'Eastcombe library reopens',
      'The Eastcombe Gazette and the Sunday Gazette will share a newsroom. Gazette executive Martin Holloway said both titles would survive.',
      '"Readers will see no difference in either paper," he said.',
    );
    expect(speakerOf('en', text, 'Readers will').name).toBe('Martin Holloway');
  });

  it('takes a body as subject when no person is, but prefers a person of an earlier verb (fr)', () => {
    const body = article('Le sommet', 'L’Unesco a réitéré son « appel pressant à protéger les ponts anciens ».');
    expect(speakerOf('fr', body, 'appel pressant').name).toBe('Unesco');
    const person = article(
      'Le sommet',
      'Claire Dubosc a souligné que, faute de crédits, la région poursuivra sa « longue marche vers le rail ».',
    );
    expect(speakerOf('fr', person, 'longue marche').name).toBe('Claire Dubosc');
  });
});

describe('antecedents of pronouns and subjectless verbs', () => {
  it('goes on with the subject of the sentence before, not with the last person named (pt)', () => {
    const text = article(
      'Nova ponte em Valbruna',
      '“A ponte fica pronta em março”, disse o prefeito Paulo Mendes. A vereadora Ana Lobo criticou o atraso. Mendes, porém, atribuiu a demora a Carlos Reis, o engenheiro da obra.',
      '“Tudo foi feito dentro das regras”, afirmou.',
    );
    expect(speakerOf('pt', text, 'Tudo foi').name).toBe('Paulo Mendes');
  });

  it('goes on with the speaker of the quote before when the sentence between names nobody (fr)', () => {
    const text = article(
      'Le pont de Valbrune',
      '« Nous tiendrons les délais », a promis Odile Ferrand. Le chantier a pourtant pris du retard à cause de la crue de Lucien Marchal.',
      '« Le pont ouvrira en mars », a-t-elle ajouté.',
    );
    expect(speakerOf('fr', text, 'Le pont ouvrira').name).toBe('Odile Ferrand');
  });

  it('resolves a feminine pronoun to the woman, the subject being a man (de)', () => {
    const text = article(
      'Neue Straßenbahn für Lindenau',
      'Herr Jonas Brandt hat am Montag mit Katrin Odermatt gesprochen.',
      '„Sechs Monate Verspätung sind zu viel“, sagte sie.',
    );
    expect(speakerOf('de', text, 'Sechs Monate').name).toBe('Katrin Odermatt');
  });

  it('gives no speaker when nobody of the pronoun’s gender is named (fr)', () => {
    const text = article('Le pont de Valbrune', 'M. Lucien Marchal a visité le chantier lundi.', '« Le pont ouvrira en mars », a-t-elle ajouté.');
    expect(speakerOf('fr', text, 'Le pont ouvrira').name).toBeNull();
  });
});

  it('passes over a person named after a preposition and a role, as the agent of a passive (en, it)', () => {
    const english = article(
      'Valbrook bridge',
      'Mayor Tom Ferris spoke first at the meeting. Soon he was booed by the regional president Luke Bass.',
      'He said: "We will carry on."',
    );
    expect(speakerOf('en', english, 'We will').name).toBe('Tom Ferris');
    const italian = article(
      'Il ponte di Valbruna',
      'Il sindaco Marco Ferri ha parlato per primo. Poi è stato contestato dal presidente della regione Luca Bassi.',
      'Lui ha detto: «Andremo avanti.»',
    );
    expect(speakerOf('it', italian, 'Andremo').name).toBe('Marco Ferri');
  });

describe('bodies as speakers', () => {
  it('quotes the body named after a spokesperson role, and again for "the spokesman"', () => {
    const text = article(
      'Eastcombe library reopens',
      'A spokesman for the Harbour Board said the claims were "simply untrue". "We will publish every figure," said the spokesman.',
    );
    expect(speakerOf('en', text, 'simply untrue').name).toBe('Harbour Board');
    expect(speakerOf('en', text, 'We will publish').name).toBe('Harbour Board');
  });

  it('does not take a two-word body the article writes with an article for a person', () => {
    const text = article(
      'Eastcombe library reopens',
      'Owen Pryce, chairman of the Eastcombe Foundation, opened the library.',
      'The Eastcombe Foundation paid for the roof.',
      '“We kept every original beam,” he said.',
    );
    expect(speakerOf('en', text, 'We kept').name).toBe('Owen Pryce');
  });
});

describe('pet names', () => {
  it('gives a pet name the full name of the one person whose first name it shortens (pt "Fabinho")', () => {
    const text = article(
      'Câmara',
      'O deputado Fábio Ramos foi eleito ontem para a vice-presidência.',
      '“Eu esperava o resultado desde o começo da semana”, disse Fabinho, como é chamado pelos colegas.',
    );
    expect(speakerOf('pt', text, 'Eu esperava').name).toBe('Fábio Ramos');
  });

  it('reads Spanish diminutives too ("Juanito")', () => {
    const text = article('Sotoalto', 'Juan Ferrer ganó la carrera. «Fue el día más feliz de mi vida», dijo Juanito al llegar.');
    expect(speakerOf('es', text, 'Fue el día').name).toBe('Juan Ferrer');
  });

  it('leaves a pet name as written when two people could bear it', () => {
    const text = article(
      'Câmara',
      'Os deputados Fábio Ramos e Fabiano Costa foram eleitos ontem.',
      '“Eu esperava o resultado desde o começo da semana”, disse Fabinho, como é chamado pelos colegas.',
    );
    expect(speakerOf('pt', text, 'Eu esperava').name).toBe('Fabinho');
  });
});

describe('coordinated subjects', () => {
  it.each([
    ['fr', 'Marc Vidal et Paul Roux ont dénoncé « un projet mal ficelé ».', 'un projet'],
    ['en', 'Dana Whitfield and Tom Ashby called the plan “a waste of public money”.', 'a waste'],
    ['it', 'Carla Rinaldi e Marco Ferri hanno proseguito l’incontro, parlando dell’«importanza di fornire liquidità al governo della città».', 'importanza'],
  ])('%s: two people speak together, neither alone', (lang, sentence, start) => {
    expect(speakerOf(lang, article('Titre', sentence), start).name).toBeNull();
  });

  it('still finds one speaker beside a person in a complement', () => {
    const text = article('Titre', 'Marc Vidal, avec le soutien de Paul Roux, a dénoncé « un projet mal ficelé ».');
    expect(speakerOf('fr', text, 'un projet').name).toBe('Marc Vidal');
  });
});

describe('relative pronouns as subjects', () => {
  it('stand for the person right before the comma (fr ", qui a déclaré")', () => {
    const text = article('Titre', 'Le maire a reçu la ministre Anne Morel, qui a déclaré « le chantier reprendra lundi ».');
    expect(speakerOf('fr', text, 'le chantier').name).toBe('Anne Morel');
  });

  it('stand for the subject of the main clause after a thing (it ", che ha ringraziato")', () => {
    const text = article(
      'Titolo',
      'Marco Ferri ha avuto ieri un incontro con la presidente Carla Rinaldi tramite collegamento video, che ha ringraziato «per i chiari segnali di sostegno».',
    );
    expect(speakerOf('it', text, 'per i chiari').name).toBe('Marco Ferri');
  });
});

describe('partial quotes without a cue', () => {
  it('takes the person opening the sentence a fragment is woven into (it)', () => {
    const text = article(
      'Il ponte di Valbruna',
      'Il sindaco Marco Ferri ha inaugurato ieri il ponte.',
      'E del resto Ferri ha legato il progetto a «una città più unita e più vicina ai suoi quartieri».',
    );
    expect(speakerOf('it', text, 'una città').name).toBe('Marco Ferri');
  });

  it('takes nobody when the person stands after the verb, as its object (fr)', () => {
    const text = article('Le pont de Valbrune', 'La police a arrêté Jean Dupont, accusé d’avoir « menacé de mort plusieurs voisins de son immeuble ».');
    expect(speakerOf('fr', text, 'menacé de mort')).toEqual({ name: null, cue: null });
  });
});
