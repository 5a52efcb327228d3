import { describe, expect, it } from 'vitest';
import { analyse, article, expectSpanOf } from './helpers.js';

describe('entities', () => {
  it('groups mentions under the fullest name, with their forms and types', () => {
    const text = article(
      'Sommet à Minsk',
      'Le président russe Vladimir Poutine a rencontré Alexandre Lukachenko à Minsk, en Biélorussie.',
      'Poutine a salué la coopération avec la Biélorussie, selon l’OTAN.',
    );
    const report = analyse('fr', text);
    for (const entity of report.entities) for (const mention of entity.mentions) expectSpanOf(text, mention, mention.text);
    const putin = report.entities.find((entity) => entity.name === 'Vladimir Poutine');
    expect(putin).toMatchObject({ type: 'person', variants: ['Poutine'] });
    expect(putin?.mentions.map((mention) => mention.text)).toEqual(['Vladimir Poutine', 'Poutine']);
    expect(report.entities.find((entity) => entity.name === 'Biélorussie')?.type).toBe('place');
    expect(report.entities.find((entity) => entity.name === 'OTAN')?.type).toBe('organisation');
  });

  it('keeps one word each side of a name particle as one name, but not a full name and a place', () => {
    const names = analyse('pt', article('Título', 'O ministro Paulo do Carmo viajou ao Rio de Janeiro e à Coreia do Sul, disse Marc Vidal de Lisboa.')).entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Paulo do Carmo', 'Rio de Janeiro', 'Coreia do Sul', 'Marc Vidal']));
    expect(names).not.toContain('Marc Vidal de Lisboa');
    const longer = analyse('pt', article('Título', 'A moradora Maria da Conceição Fidalgo vive na casa desde 1984.')).entities.map((entity) => entity.name);
    expect(longer).toContain('Maria da Conceição Fidalgo');
  });

  it('types a name ending like a company\'s as an organisation, never a person', () => {
    const report = analyse('fr', article('Titre', 'La préfecture a mis en demeure le fabricant Novachlor Industries, puis le groupe Ardent Group, selon Paul Mercier.'));
    expect(report.entities.find((entity) => entity.name === 'Novachlor Industries')?.type).toBe('organisation');
    expect(report.entities.find((entity) => entity.name === 'Ardent Group')?.type).toBe('organisation');
    expect(report.entities.find((entity) => entity.name === 'Paul Mercier')?.type).toBe('person');
  });

  it('types a name after a preposition joined to an article as a place, not a person ("da Coreia do Sul")', () => {
    const report = analyse('pt', article('Título', 'Segundo Paulo do Carmo, a cooperativa negocia com compradores da Coreia do Sul e do Oriente Médio.'));
    expect(report.entities.find((entity) => entity.name === 'Coreia do Sul')?.type).toBe('place');
    expect(report.entities.find((entity) => entity.name === 'Oriente Médio')?.type).toBe('place');
    expect(report.entities.find((entity) => entity.name === 'Paulo do Carmo')?.type).toBe('person');
  });

  it('leaves German common nouns out: every noun there takes a capital', () => {
    const report = analyse('de', article('Titel', 'Die Demonstration begann am Mittag, sagte Lisa Göldner von Greenpeace.'));
    const names = report.entities.map((entity) => entity.name);
    expect(names).toContain('Lisa Göldner');
    expect(names).not.toContain('Demonstration');
    expect(names).not.toContain('Mittag');
  });

  it('links an acronym to the name the article spells out, and a role the quotes resolved to its person', () => {
    const text = article(
      'Trade',
      'The Securities and Exchange Commission (SEC) is looking into the deal, the SEC said on Friday.',
      'Russian President Vladimir Putin met the delegation. "Trade between our countries has grown to record levels this year," said the president.',
    );
    const report = analyse('en', text);
    expect(report.entities.find((entity) => entity.variants.includes('SEC'))?.name).toBe('Securities and Exchange Commission');
    const putin = report.entities.find((entity) => entity.name === 'Vladimir Putin');
    expect(putin?.variants).toContain('the president');
    for (const mention of putin?.mentions ?? []) expectSpanOf(text, mention, mention.text);
  });

  it('leaves out the capitalised words of dates', () => {
    const report = analyse('en', article('Deal', 'The deal was signed on Monday, March 13, by Catherine Holloway in London.'));
    const names = report.entities.map((entity) => entity.name);
    expect(names).toContain('Catherine Holloway');
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('March');
  });

  it('leaves out a courtesy title alone and the office a role names', () => {
    const report = analyse('fr', article('Titre', 'Le ministre ouzbek des Affaires étrangères, Otabek Yoldochev, a reçu MM. Durand et Petit. Les ministres des Transports se verront à Tachkent.'));
    const names = report.entities.map((entity) => entity.name);
    expect(names).toContain('Otabek Yoldochev');
    expect(names).not.toContain('Affaires');
    expect(names).not.toContain('Transports');
    expect(names).not.toContain('MM');
  });
});
