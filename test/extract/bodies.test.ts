import { describe, expect, it } from 'vitest';
import type { QuoteReport } from '../../src/report/types.js';
import { article, quotesOf } from './helpers.js';

/*
 * Bodies as speakers: groups speaking for a body ("les dirigeants du G20"), bodies named by a
 * common noun ("le gouvernement malien", "l'agence"), acronyms spelled out in the article, plural
 * pronouns, texts that "say" something ("poursuit le communiqué"), and attributions closing the
 * sentence further on than the quote.
 */

function speakerOf(lang: string, text: string, start: string): { name: string | null; mention: string | null; cue: string | null } {
  const quote = quotesOf(lang, text).find((found: QuoteReport) => found.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting '${start}'`);
  return { name: quote.speaker?.name ?? null, mention: quote.speaker?.mention ?? null, cue: quote.cue };
}

describe('groups speaking for a body', () => {
  it.each([
    ['fr', 'Les ministres de l’Opep ont jugé « prématurée » une hausse de la production.', 'prématurée', 'Opep'],
    ['fr', 'Les sept dirigeants du G20 ont dénoncé « une provocation inacceptable ».', 'une provocation', 'G20'],
    ['en', 'The G20 leaders said the plan was “a first step, not the last one”.', 'a first step', 'G20'],
    ['es', 'Los líderes del Mercosur afirmaron que el acuerdo es «un paso histórico para la región».', 'un paso', 'Mercosur'],
    ['it', 'I ministri dell’Ecofin hanno definito il piano «un passo avanti decisivo».', 'un passo', 'Ecofin'],
    ['pt', 'Os líderes do Mercosul disseram que o acordo é «um passo histórico para a região».', 'um passo', 'Mercosul'],
  ])('%s: %s', (lang, sentence, start, body) => {
    expect(speakerOf(lang, article('Le sommet', sentence), start).name).toBe(body);
  });

  it('gives a group without its body the body the same noun had earlier (fr "expliquent les dirigeants")', () => {
    const text = article(
      'Le sommet de Valbrune',
      'Les dirigeants du G20 se sont accordés mardi sur un fonds commun.',
      'Ce fonds sera « un outil durable » ouvert à tous les pays, expliquent les vingt dirigeants.',
    );
    expect(speakerOf('fr', text, 'un outil')).toEqual({ name: 'G20', mention: 'les vingt dirigeants', cue: 'expliquent' });
  });

  it('never turns a group into one person of the article', () => {
    const text = article(
      'Le sommet de Valbrune',
      'Le ministre Paul Garnier a ouvert la séance. « Nous ne céderons rien sur le climat », ont répété les délégués.',
    );
    expect(speakerOf('fr', text, 'Nous ne céderons').name).toBeNull();
  });
});

describe('plural pronouns', () => {
  it('stand for the body quoted just before (fr "ont-ils déclaré")', () => {
    const text = article(
      'Le sommet de Valbrune',
      'Les dirigeants du G20 ont accusé Pékin de « pratiques déloyales ». « Nous continuerons à nous consulter sur ces questions », ont-ils déclaré dans leur communiqué final.',
    );
    expect(speakerOf('fr', text, 'Nous continuerons')).toEqual({ name: 'G20', mention: 'ils', cue: 'ont-ils déclaré' });
  });

  it('stand for nobody when only people come before (never one of them)', () => {
    const text = article('La visite', 'Marc Vidal et Paul Roux ont visité l’usine lundi. « Le site doit rester ouvert », ont-ils déclaré.');
    expect(speakerOf('fr', text, 'Le site').name).toBeNull();
  });

  it('stand for the body in English ("they said")', () => {
    const text = article(
      'Summit ends',
      'The G20 leaders said they were “ready to act” on food prices. “No country should face hunger because of a blockade,” they said.',
    );
    expect(speakerOf('en', text, 'No country').name).toBe('G20');
  });
});

describe('bodies named by a common noun', () => {
  it.each([
    ['fr', 'Mi-avril, le gouvernement malien avait dénoncé « une ingérence caractérisée ».', 'une ingérence', 'gouvernement malien'],
    ['en', 'The Irish government said the report was “deeply flawed and one-sided”.', 'deeply flawed', 'Irish government'],
    ['es', 'El gobierno chileno calificó la medida de «un error histórico».', 'un error', 'gobierno chileno'],
    ['pt', 'O governo argentino afirmou que a medida é «um erro histórico».', 'um erro', 'governo argentino'],
  ])('%s: %s', (lang, sentence, start, body) => {
    expect(speakerOf(lang, article('Titre', sentence), start).name).toBe(body);
  });

  it('gives the noun the name the article spelled out with an acronym (fr "l\'agence")', () => {
    const text = article(
      'Pétrole',
      'Selon l’Agence internationale de l’énergie (AIE), la demande reculera cette année.',
      '« La baisse sera plus forte que prévu en Europe », a précisé l’agence.',
    );
    expect(speakerOf('fr', text, 'La baisse')).toEqual({ name: 'Agence internationale de l’énergie', mention: 'l’agence', cue: 'a précisé' });
  });

  it('gives the acronym its spelled-out name, with a remark in the brackets (es "por sus siglas en inglés")', () => {
    const text = article(
      'Océanos',
      'El Centro de Estudios Marinos (CMS, por sus siglas en inglés) publicó su informe anual.',
      'Según el CMS, la temperatura del agua «subirá otra vez este verano».',
    );
    expect(speakerOf('es', text, 'subirá').name).toBe('Centro de Estudios Marinos');
  });

  it('takes the same noun with its qualifier from earlier in the article', () => {
    const text = article(
      'Mali',
      'Le gouvernement malien a convoqué l’ambassadeur lundi.',
      'Mardi, le gouvernement a jugé ces propos « inacceptables et blessants ».',
    );
    expect(speakerOf('fr', text, 'inacceptables').name).toBe('gouvernement malien');
  });

  it('gives a bare noun the article never qualifies no speaker', () => {
    const text = article('La réforme', 'La réforme entre en vigueur lundi. Le gouvernement a parlé d’une « étape nécessaire ».');
    expect(speakerOf('fr', text, 'étape').name).toBeNull();
  });

  it('prefers a person to a body in a complement (de "die Bürgermeisterin der Stadt")', () => {
    const text = article('Lindenau', 'Katrin Odermatt, die Bürgermeisterin der Stadt, sagte: „Das Bad bleibt den ganzen Sommer offen.“');
    expect(speakerOf('de', text, 'Das Bad').name).toBe('Katrin Odermatt');
  });
});

describe('texts that say something', () => {
  it('speak the words of the body quoted before (fr "poursuit le communiqué")', () => {
    const text = article(
      'Le sommet de Valbrune',
      '« Le fonds sera ouvert à tous », a annoncé le G20 dans un communiqué. « Nous invitons nos partenaires à y contribuer », poursuit le communiqué.',
    );
    expect(speakerOf('fr', text, 'Nous invitons')).toEqual({ name: 'G20', mention: 'le communiqué', cue: 'poursuit' });
  });

  it('are sources, not speakers, when the sentence has a subject (fr "selon un projet de déclaration")', () => {
    const text = article(
      'Le sommet de Valbrune',
      'Les ministres de l’Opep veulent « stabiliser le marché », selon un projet de déclaration consulté par la presse.',
    );
    expect(speakerOf('fr', text, 'stabiliser')).toEqual({ name: 'Opep', mention: 'Les ministres de l’Opep', cue: 'selon' });
  });

  it('give a text source with no subject the body quoted from a text before', () => {
    const text = article(
      'Le sommet de Valbrune',
      '« Le fonds sera ouvert à tous », a annoncé le G20 dans un communiqué. Il faudra « stabiliser le marché », selon ce communiqué.',
    );
    expect(speakerOf('fr', text, 'stabiliser')).toEqual({ name: 'G20', mention: 'ce communiqué', cue: 'selon' });
  });
});

describe('attributions further on in the sentence', () => {
  it('attributes a quote to the inverted verb closing its sentence', () => {
    const text = article('Le tram', 'Le tram sera « un modèle pour toute la région » dès son ouverture, explique la maire, Odile Ferrand.');
    expect(speakerOf('fr', text, 'un modèle')).toMatchObject({ name: 'Odile Ferrand', cue: 'explique' });
  });

  it('does not take a verb in the middle of the rest of the sentence', () => {
    const text = article('Le tram', 'Le tram sera « un modèle », explique-t-on, mais la maire Odile Ferrand reste prudente.');
    expect(speakerOf('fr', text, 'un modèle').name).toBeNull();
  });

  it('finds an inverted body subject after a complement (fr "demande dans un communiqué le G20")', () => {
    const text = article(
      'Le sommet',
      'Emmanuel Macron est arrivé lundi. « Nous demandons aux partenaires de rendre la nourriture disponible », demande dans un communiqué le G20.',
    );
    expect(speakerOf('fr', text, 'Nous demandons').name).toBe('G20');
  });
});

describe('sources and names around bodies', () => {
  it('takes a source preposition inside a clause only for a person (pt "migrará para seu partido")', () => {
    const text = article(
      'Filiação',
      'O presidente do partido, Luciano Prado, diz que, «tão certo como dois e dois são quatro», o deputado migrará para seu partido em março.',
    );
    expect(speakerOf('pt', text, 'tão certo').name).toBe('Luciano Prado');
  });

  it('keeps a source far before the quote from overriding a nearer verb (it "Secondo l\'agenzia …, che ha ringraziato")', () => {
    const text = article(
      'Il vertice',
      'Secondo l’agenzia Ansa, che riporta la notizia, la presidente Carla Rinaldi ha ringraziato «per i chiari segnali di sostegno».',
    );
    expect(speakerOf('it', text, 'per i chiari').name).toBe('Carla Rinaldi');
  });

  it('leaves a body the article writes alone out of the person\'s name (it "Consiglio Ue Carla Rinaldi")', () => {
    const text = article(
      'Il vertice',
      'Il presidente del Consiglio Ue Carla Rinaldi è arrivata a Odessa. «Sono qui per ascoltare», ha detto Rinaldi, parlando della solidarietà dell’Ue.',
    );
    expect(speakerOf('it', text, 'Sono qui').name).toBe('Carla Rinaldi');
  });

  it('lets a role in a complement be no subject (pt "o vice-presidente da Câmara disse")', () => {
    const text = article(
      'Câmara',
      'Fábio Ramos foi eleito ontem. O novo vice-presidente da Câmara disse que conhece «cada pessoa na Casa».',
    );
    expect(speakerOf('pt', text, 'cada pessoa').name).toBe('Fábio Ramos');
  });
});
