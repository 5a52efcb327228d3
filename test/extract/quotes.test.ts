import { describe, expect, it } from 'vitest';
import { analyse, article, expectSpanOf, onlyQuote, quotesOf } from './helpers.js';

describe('quotes: every convention, in an article', () => {
  it('reads French guillemets with no-break spaces inside', () => {
    const text = article(
      'Valbrune rouvre sa piscine',
      'La piscine municipale de Valbrune a rouvert ses portes lundi après deux ans de travaux.',
      'Odile Ferrand, la maire, a déclaré\u00a0: «\u00a0Les enfants du quartier pourront enfin apprendre à nager ici.\u00a0»',
    );
    expect(onlyQuote('fr', text).text).toBe('Les enfants du quartier pourront enfin apprendre à nager ici.');
  });

  it('reads French guillemets with narrow no-break spaces inside', () => {
    const text = article(
      'Valbrune rouvre sa piscine',
      'La piscine municipale de Valbrune a rouvert ses portes lundi après deux ans de travaux.',
      '«\u202fLes enfants du quartier pourront enfin apprendre à nager ici\u202f», a déclaré Odile Ferrand.',
    );
    expect(onlyQuote('fr', text).text).toBe('Les enfants du quartier pourront enfin apprendre à nager ici');
  });

  it('reads French guillemets without spaces inside', () => {
    const text = article(
      'Valbrune rouvre sa piscine',
      'La piscine municipale de Valbrune a rouvert ses portes lundi après deux ans de travaux.',
      '«Les enfants du quartier pourront enfin apprendre à nager ici», a déclaré Odile Ferrand.',
    );
    expect(onlyQuote('fr', text).text).toBe('Les enfants du quartier pourront enfin apprendre à nager ici');
  });

  it('reads English curly double quotes', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      '“Children here can finally borrow books again without taking the bus,” said Dana Whitfield.',
    );
    expect(onlyQuote('en', text).text).toBe('Children here can finally borrow books again without taking the bus,');
  });

  it('reads English curly single quotes', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      '‘Children here can finally borrow books again without taking the bus,’ said Dana Whitfield.',
    );
    expect(onlyQuote('en', text).text).toBe('Children here can finally borrow books again without taking the bus,');
  });

  it('reads straight double quotes', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      '"Children here can finally borrow books again without taking the bus," said Dana Whitfield.',
    );
    expect(onlyQuote('en', text).text).toBe('Children here can finally borrow books again without taking the bus,');
  });

  it('reads straight single quotes', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      "'Children here can finally borrow books again without taking the bus,' said Dana Whitfield.",
    );
    expect(onlyQuote('en', text).text).toBe('Children here can finally borrow books again without taking the bus,');
  });

  it('reads German low-high quotes', () => {
    const text = article(
      'Neues Hallenbad in Lindenau',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit am Montag wieder geöffnet worden.',
      '„Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen“, sagte Katrin Odermatt.',
    );
    expect(onlyQuote('de', text).text).toBe('Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen');
  });

  it('reads German single low-high quotes', () => {
    const text = article(
      'Neues Hallenbad in Lindenau',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit am Montag wieder geöffnet worden.',
      '‚Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen‘, sagte Katrin Odermatt.',
    );
    expect(onlyQuote('de', text).text).toBe('Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen');
  });

  it('reads German reversed guillemets', () => {
    const text = article(
      'Neues Hallenbad in Lindenau',
      'Das Hallenbad in Lindenau ist nach zwei Jahren Bauzeit am Montag wieder geöffnet worden.',
      '»Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen«, sagte Katrin Odermatt.',
    );
    expect(onlyQuote('de', text).text).toBe('Die Kinder aus dem Viertel können hier endlich wieder schwimmen lernen');
  });

  it('reads Polish low-high quotes', () => {
    const text = article(
      'Nowy basen w Lipowie',
      'Basen miejski w Lipowie został otwarty w poniedziałek po dwóch latach remontu.',
      '„Dzieci z naszej dzielnicy wreszcie mogą tu uczyć się pływać” – powiedziała Joanna Wierzbicka.',
    );
    expect(onlyQuote('pl', text).text).toBe('Dzieci z naszej dzielnicy wreszcie mogą tu uczyć się pływać');
  });

  it('reads Russian guillemets', () => {
    const text = article(
      'В Озерске открылся бассейн',
      'Городской бассейн в Озерске открылся в понедельник после двух лет ремонта.',
      '«Дети из нашего района наконец смогут научиться плавать здесь», — заявила Анна Белова.',
    );
    expect(onlyQuote('ru', text).text).toBe('Дети из нашего района наконец смогут научиться плавать здесь');
  });

  it('reads Spanish guillemets', () => {
    const text = article(
      'Sotoalto reabre su piscina',
      'La piscina municipal de Sotoalto reabrió el lunes tras dos años de obras.',
      '«Los niños del barrio por fin podrán aprender a nadar aquí», dijo Lucía Arrieta.',
    );
    expect(onlyQuote('es', text).text).toBe('Los niños del barrio por fin podrán aprender a nadar aquí');
  });

  it('reads Italian guillemets', () => {
    const text = article(
      'Pontalba riapre la piscina',
      'La piscina comunale di Pontalba ha riaperto lunedì dopo due anni di lavori.',
      '«I bambini del quartiere potranno finalmente imparare a nuotare qui», ha detto Marco Bellandi.',
    );
    expect(onlyQuote('it', text).text).toBe('I bambini del quartiere potranno finalmente imparare a nuotare qui');
  });
});

describe('quotes: apostrophes are not quotation marks', () => {
  it('finds no quote and no unbalanced mark in a text full of apostrophes', () => {
    const text = article(
      'Festival brings the crowds back',
      "The festival's organisers didn't expect such crowds for a night of rock 'n' roll.",
      "Fans who grew up in the '90s came from all over the county, and the players' bus was late.",
    );
    const report = analyse('en', text);
    expect(report.quotes).toEqual([]);
    expect(report.findings.filter((finding) => finding.rule === 'quote-unbalanced')).toEqual([]);
  });

  it("finds no unbalanced mark in straight rock 'n' roll", () => {
    const text = article('Festival brings the crowds back', "The band played rock 'n' roll until midnight on the quay.");
    const report = analyse('en', text);
    expect(report.quotes).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('finds no quote in French elisions', () => {
    const text = article(
      'Les troupes quittent la région',
      "L'armée a quitté l'Ukraine orientale jusqu'à nouvel ordre, d'après l'état-major.",
      'L’ambassadeur s’est rendu à l’aéroport aujourd’hui.',
    );
    const report = analyse('fr', text);
    expect(report.quotes).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('keeps apostrophes inside a single-quoted quote', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday after two years of repairs.',
      "'We don't give up on the town's children, not now and not ever,' said Dana Whitfield.",
    );
    expect(onlyQuote('en', text).text).toBe("We don't give up on the town's children, not now and not ever,");
  });
});

describe('quotes: nesting', () => {
  it('lists only the outer French quote', () => {
    const text = article(
      'Un témoin raconte la nuit de l’incendie',
      'L’incendie a détruit un entrepôt du port de Valbrune dans la nuit de samedi.',
      '« Le gardien m’a crié “ sortez tout de suite ” et j’ai couru vers la rue », a raconté Bastien Roux.',
    );
    const quote = onlyQuote('fr', text);
    expect(quote.text).toBe('Le gardien m’a crié “ sortez tout de suite ” et j’ai couru vers la rue');
  });

  it('lists only the outer French quote, with no finding, when the inner marks touch their words', () => {
    const text = article(
      'Un témoin raconte la nuit de l’incendie',
      'L’incendie a détruit un entrepôt du port de Valbrune dans la nuit de samedi.',
      '« Le gardien m’a crié “sortez tout de suite” et j’ai couru vers la rue », a raconté Bastien Roux.',
    );
    expect(onlyQuote('fr', text).text).toBe('Le gardien m’a crié “sortez tout de suite” et j’ai couru vers la rue');
    expect(analyse('fr', text).findings).toEqual([]);
  });

  // Inner “ ” with no-break spaces inside (French typography): “ is not taken as an opening mark
  // (canOpen in marks.ts rejects a space after it), so the ” is reported as a lone closing mark.
  it('reports no unbalanced mark for French inner quotes with no-break spaces', () => {
    const text = article(
      'Un témoin raconte la nuit de l’incendie',
      'L’incendie a détruit un entrepôt du port de Valbrune dans la nuit de samedi.',
      '« Le gardien m’a crié “\u00a0sortez tout de suite\u00a0” et j’ai couru vers la rue », a raconté Bastien Roux.',
    );
    expect(onlyQuote('fr', text).text).toBe('Le gardien m’a crié “\u00a0sortez tout de suite\u00a0” et j’ai couru vers la rue');
    expect(analyse('fr', text).findings).toEqual([]);
  });

  it('lists only the outer French quote with single guillemets inside', () => {
    const text = article(
      'Un témoin raconte la nuit de l’incendie',
      'L’incendie a détruit un entrepôt du port de Valbrune dans la nuit de samedi.',
      '« Le gardien m’a crié ‹ sortez tout de suite › et j’ai couru vers la rue », a raconté Bastien Roux.',
    );
    expect(onlyQuote('fr', text).text).toBe('Le gardien m’a crié ‹ sortez tout de suite › et j’ai couru vers la rue');
  });

  it('lists only the outer English quote', () => {
    const text = article(
      'Witness describes the warehouse fire',
      'A fire destroyed a warehouse in the port of Eastcombe on Saturday night.',
      '“The guard shouted ‘get out right now’ and I ran for the street,” said Tom Aldridge.',
    );
    expect(onlyQuote('en', text).text).toBe('The guard shouted ‘get out right now’ and I ran for the street,');
  });

  it('lists only the outer straight quote', () => {
    const text = article(
      'Witness describes the warehouse fire',
      'A fire destroyed a warehouse in the port of Eastcombe on Saturday night.',
      `"The guard shouted 'get out right now' and I ran for the street," said Tom Aldridge.`,
    );
    expect(onlyQuote('en', text).text).toBe("The guard shouted 'get out right now' and I ran for the street,");
  });

  it('lists only the outer German quote', () => {
    const text = article(
      'Zeuge schildert den Brand',
      'Ein Feuer hat in der Nacht zum Sonntag eine Lagerhalle im Hafen von Lindenau zerstört.',
      '„Der Wachmann rief ‚raus hier, sofort‘ und ich rannte auf die Straße“, sagte Jonas Brandt.',
    );
    expect(onlyQuote('de', text).text).toBe('Der Wachmann rief ‚raus hier, sofort‘ und ich rannte auf die Straße');
  });

  it('lists only the outer Spanish quote', () => {
    const text = article(
      'Un testigo relata el incendio',
      'Un incendio destruyó la noche del sábado un almacén del puerto de Sotoalto.',
      '«El vigilante me gritó “salga ahora mismo” y corrí hacia la calle», contó Pablo Ibarra.',
    );
    expect(onlyQuote('es', text).text).toBe('El vigilante me gritó “salga ahora mismo” y corrí hacia la calle');
  });
});

describe('quotes: a quote over several paragraphs', () => {
  it('goes on when a Spanish paragraph reopens with » after « (comillas de seguir), with no unbalanced mark', () => {
    const text = article(
      'Sotoalto',
      'La alcaldesa Lucía Arrieta fue clara. «Hemos pedido que se retire el expediente. No es una cuestión de dinero.',
      '»En la comarca hay diecisiete pueblos sin oficina», concluyó.',
    );
    const report = analyse('es', text);
    expect(report.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
      ['Hemos pedido que se retire el expediente. No es una cuestión de dinero.', 'Lucía Arrieta'],
      ['En la comarca hay diecisiete pueblos sin oficina', 'Lucía Arrieta'],
    ]);
    expect(report.findings.filter((finding) => finding.rule === 'quote-unbalanced')).toEqual([]);
  });

  it('gives one quote per paragraph with the same speaker (French)', () => {
    const text = article(
      'Le maire de Valbrune présente son budget',
      'Le maire de Valbrune, Gaspard Lemoine, a présenté mardi son budget devant le conseil municipal. Il a déclaré :',
      '« Cette année, nous allons rénover les trois écoles du centre et agrandir la cantine.',
      '« Nous ne toucherons pas aux impôts locaux, malgré la hausse du prix de l’énergie. »',
      'Le vote aura lieu jeudi.',
    );
    const quotes = quotesOf('fr', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Cette année, nous allons rénover les trois écoles du centre et agrandir la cantine.',
      'Nous ne toucherons pas aux impôts locaux, malgré la hausse du prix de l’énergie.',
    ]);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Gaspard Lemoine', 'Gaspard Lemoine']);
    expect(analyse('fr', text).findings).toEqual([]);
  });

  it('gives the speaker named in the last paragraph to every paragraph (English)', () => {
    const text = article(
      'Council unveils its budget',
      'The council of Eastcombe presented its budget for next year on Tuesday.',
      '“This year we will repair the three schools in the centre and enlarge the canteen.',
      '“We will not raise local taxes, whatever happens to the price of energy,” said Helen Carver, the council leader.',
    );
    const quotes = quotesOf('en', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'This year we will repair the three schools in the centre and enlarge the canteen.',
      'We will not raise local taxes, whatever happens to the price of energy,',
    ]);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Helen Carver', 'Helen Carver']);
    expect(analyse('en', text).findings).toEqual([]);
  });

  it('handles three paragraphs with straight quotes', () => {
    const text = article(
      'Council unveils its budget',
      'Helen Carver, the council leader, spoke for twenty minutes on Tuesday. She said:',
      '"We will repair the three schools in the centre of town.',
      '"We will enlarge the canteen so that every pupil can eat at noon.',
      '"And we will not raise local taxes, whatever happens to the price of energy."',
    );
    const quotes = quotesOf('en', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We will repair the three schools in the centre of town.',
      'We will enlarge the canteen so that every pupil can eat at noon.',
      'And we will not raise local taxes, whatever happens to the price of energy.',
    ]);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Helen Carver', 'Helen Carver', 'Helen Carver']);
    expect(analyse('en', text).findings).toEqual([]);
  });

  it('handles German quotes continued over paragraphs', () => {
    const text = article(
      'Lindenau stellt seinen Haushalt vor',
      'Bürgermeisterin Sabine Kettler hat am Dienstag den Haushalt der Stadt vorgestellt. Sie sagte:',
      '„Wir werden in diesem Jahr die drei Schulen in der Innenstadt sanieren.',
      '„Die Gewerbesteuer bleibt unverändert, auch wenn die Energiepreise weiter steigen.“',
    );
    const quotes = quotesOf('de', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Wir werden in diesem Jahr die drei Schulen in der Innenstadt sanieren.',
      'Die Gewerbesteuer bleibt unverändert, auch wenn die Energiepreise weiter steigen.',
    ]);
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Sabine Kettler', 'Sabine Kettler']);
    expect(analyse('de', text).findings).toEqual([]);
  });
});

describe('quotes: an unbalanced mark stays in its paragraph', () => {
  it('ends a French quote left open at its paragraph', () => {
    const text = article(
      'Grève des éboueurs à Valbrune',
      '« Nous ne reprendrons pas le travail tant que la mairie refusera de nous recevoir, a prévenu Yannick Morel.',
      'La mairie n’a pas répondu. Les poubelles s’entassent depuis dix jours dans le centre-ville.',
      'Selon la préfecture, « aucune réquisition n’est prévue pour le moment ».',
    );
    const quotes = quotesOf('fr', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Nous ne reprendrons pas le travail tant que la mairie refusera de nous recevoir, a prévenu Yannick Morel.',
      'aucune réquisition n’est prévue pour le moment',
    ]);
  });

  it('ends an English quote left open at its paragraph', () => {
    const text = article(
      'Bin collectors strike in Eastcombe',
      '“We will not go back to work until the council agrees to meet us, said Ray Dobbs, a union organiser.',
      'The council did not reply. Rubbish has been piling up in the town centre for ten days.',
      '“No emergency collection is planned at this stage,” a council spokesman said on Friday.',
    );
    const quotes = quotesOf('en', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We will not go back to work until the council agrees to meet us, said Ray Dobbs, a union organiser.',
      'No emergency collection is planned at this stage,',
    ]);
  });

  it('ends a straight quote left open at its paragraph', () => {
    const text = article(
      'Bin collectors strike in Eastcombe',
      '"We will not go back to work until the council agrees to meet us, said Ray Dobbs, a union organiser.',
      'The council did not reply. Rubbish has been piling up in the town centre for ten days.',
    );
    const quotes = quotesOf('en', text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We will not go back to work until the council agrees to meet us, said Ray Dobbs, a union organiser.',
    ]);
  });
});

describe('quotes: dash-introduced speech', () => {
  it('reads the speech resuming after an attribution between dashes, with the same speaker (es)', () => {
    const text = article(
      'Sotoalto',
      'El gerente de la fábrica, Héctor Vidal, habló con la prensa.',
      '—No nos vamos de Sotoalto —aseguró el gerente—. Vamos a mantener el almacén y a ofrecer traslados.',
      '—¿Y el resto? —le preguntó un periodista.',
    );
    const quotes = analyse('es', text).quotes;
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])).toEqual([
      ['No nos vamos de Sotoalto', 'Héctor Vidal'],
      ['Vamos a mantener el almacén y a ofrecer traslados.', 'Héctor Vidal'],
      ['¿Y el resto?', null],
    ]);
    expect(quotes[2]?.cue).toBe('le preguntó');
  });

  it('reads a French dash line with its attribution', () => {
    const text = article(
      'Le chantier du tramway reprend',
      'Le ministre des Transports, Rémi Caradec, s’est rendu lundi sur le chantier du tramway de Valbrune.',
      '— Nous continuerons les travaux tout l’hiver, a déclaré le ministre.',
    );
    const quote = onlyQuote('fr', text);
    expect(quote.text).toBe('Nous continuerons les travaux tout l’hiver');
    expect(quote.cue).toBe('a déclaré');
    expect(quote.speaker?.name).toBe('Rémi Caradec');
    expect(quote.partial).toBe(false);
  });

  it('leaves out the signature line of an embedded post', () => {
    const text = article(
      'Le rapporteur reconduit',
      'Le rapporteur a salué la décision sur son compte : « Je suis honoré de poursuivre ce travail. »',
      'Honoured to continue this work with all of you. pic.twitter.com/abc123',
      '— Jan Kowal (@jan_kowal) July 7, 2022',
    );
    expect(quotesOf('fr', text).map((quote) => quote.text)).toEqual(['Je suis honoré de poursuivre ce travail.']);
  });

  it('reads a Spanish dash line closed by a dash', () => {
    const text = article(
      'Se reanudan las obras del tranvía',
      'La alcaldesa de Sotoalto, Lucía Arrieta, visitó el lunes las obras del tranvía.',
      '—Seguiremos trabajando durante todo el invierno —dijo la alcaldesa.',
    );
    const quote = onlyQuote('es', text);
    expect(quote.text).toBe('Seguiremos trabajando durante todo el invierno');
    expect(quote.cue).toBe('dijo');
    expect(quote.speaker?.name).toBe('Lucía Arrieta');
  });

  it('reads a Portuguese dash line', () => {
    const text = article(
      'Obras do elétrico recomeçam',
      'O ministro dos Transportes, João Vasconcelos, visitou na segunda-feira as obras do elétrico.',
      '— Vamos continuar a trabalhar durante todo o inverno, disse o ministro.',
    );
    const quote = onlyQuote('pt', text);
    expect(quote.text).toBe('Vamos continuar a trabalhar durante todo o inverno');
    expect(quote.cue).toBe('disse');
    expect(quote.speaker?.name).toBe('João Vasconcelos');
  });

  it('reads an Italian dash line', () => {
    const text = article(
      'Riprendono i lavori del tram',
      'Il sindaco di Pontalba, Marco Bellandi, ha visitato lunedì il cantiere del tram.',
      '— Continueremo a lavorare per tutto l’inverno, ha detto il sindaco.',
    );
    const quote = onlyQuote('it', text);
    expect(quote.text).toBe('Continueremo a lavorare per tutto l’inverno');
    expect(quote.cue).toBe('ha detto');
    expect(quote.speaker?.name).toBe('Marco Bellandi');
  });
});

describe('quotes: partial or full', () => {
  it('marks a fragment in the reporter’s sentence as partial', () => {
    const text = article(
      'Valbrune condamne l’annexion',
      'Le président de Valbrune, Armand Tessier, a condamné l’invasion « illégale » du pays voisin.',
    );
    const quote = onlyQuote('fr', text);
    expect(quote.text).toBe('illégale');
    expect(quote.partial).toBe(true);
  });

  it('marks a longer embedded fragment as partial (English)', () => {
    const text = article(
      'Minister backs the bridge plan',
      'Transport Minister Laura Benson said the new bridge was “a historic step for the whole region” and promised funding.',
    );
    const quote = onlyQuote('en', text);
    expect(quote.text).toBe('a historic step for the whole region');
    expect(quote.partial).toBe(true);
  });

  it('marks a full statement after a colon as not partial', () => {
    const text = article(
      'Valbrune condamne l’annexion',
      'Le président de Valbrune, Armand Tessier, a déclaré : « Nous ne reconnaîtrons jamais cette annexion. »',
    );
    const quote = onlyQuote('fr', text);
    expect(quote.text).toBe('Nous ne reconnaîtrons jamais cette annexion.');
    expect(quote.partial).toBe(false);
  });

  it('marks a full statement opening the sentence as not partial', () => {
    const text = article(
      'Minister backs the bridge plan',
      'Laura Benson visited the site of the new bridge on Monday.',
      '"This bridge will change daily life for thousands of families," Benson said.',
    );
    const quote = onlyQuote('en', text);
    expect(quote.partial).toBe(false);
  });

  it('marks a German embedded fragment as partial', () => {
    const text = article(
      'Lindenau verurteilt den Angriff',
      'Bürgermeisterin Sabine Kettler verurteilte den „völlig unnötigen“ Angriff auf das Rathaus scharf.',
    );
    const quote = onlyQuote('de', text);
    expect(quote.text).toBe('völlig unnötigen');
    expect(quote.partial).toBe(true);
  });
});

describe('quotes: what is not a quote', () => {
  it.each([
    ['fr', 'the title of a novel', 'Clémence Aubry publie « Les Jardins de l’hiver » chez un petit éditeur lyonnais.'],
    ['fr', 'the name of a ship', 'Le chalutier « Belle Étoile » est rentré au port de Valbrune mardi soir.'],
    ['fr', 'a nickname', 'Le boxeur Hugo « le Roc » Marchal remonte sur le ring samedi à Valbrune.'],
    ['fr', 'a term being mentioned', 'Le mot « résilience » revient quarante fois dans le rapport du conseil municipal.'],
    ['fr', 'scare quotes', 'La « réforme » du stationnement a surtout fait grimper les prix dans le centre.'],
    ['en', 'the title of a novel', 'Clara Webb’s second novel, “The Silent Harbour”, sold twenty thousand copies.'],
    ['en', 'the title of a film', 'The cinema in Eastcombe will show "The Long Walk Home" on Friday night.'],
    ['en', 'a nickname', 'Boxer Paul "The Hammer" Dorsey returns to the ring in Eastcombe on Saturday.'],
    ['en', 'a term being mentioned', 'The word “resilience” appears forty times in the council report.'],
    ['en', 'scare quotes', 'The parking “reform” has mostly pushed prices up in the town centre.'],
    ['de', 'the title of a book', 'Der Roman „Die stille Bucht“ von Lea Hofstetter ist in Lindenau ausverkauft.'],
    ['de', 'scare quotes', 'Die sogenannte „Reform“ der Parkgebühren hat die Preise in der Innenstadt erhöht.'],
    ['es', 'the title of a book', 'La novela «El puerto callado» de Inés Carvajal se agotó en Sotoalto.'],
    ['it', 'scare quotes', 'La «riforma» dei parcheggi ha fatto salire i prezzi nel centro di Pontalba.'],
    ['pt', 'a nickname', 'O pugilista Rui «o Martelo» Tavares volta ao ringue no sábado em Vilar.'],
    ['fr', 'a title opening its sentence', '« Les Jardins de l’Hiver », paru en mars, a reçu le prix de la ville.'],
    ['de', 'a name opening its sentence', '»Fridays for Future«, die Bewegung der Schüler, ruft zum Streik auf.'],
    ['en', 'a one-word term opening its sentence', '“Resilience”, the council’s favourite word, appears forty times in the report.'],
    ['en', 'a title that asks', 'The theatre in Eastcombe will stage “Who Stole The Bells?” on Friday night.'],
  ])('%s: %s', (lang, _name, paragraph) => {
    const text = article('Chronique locale', paragraph);
    expect(analyse(lang, text).quotes).toEqual([]);
  });
});

describe('quotes: words without a cue that are still somebody\'s', () => {
  it.each([
    ['de', 'a slogan opening its sentence', '»Schluss mit dem Lärm«, steht auf einem Plakat am Rathaus.', 'Schluss mit dem Lärm'],
    ['fr', 'a sign opening its sentence', '« Rendez-nous la gare », pouvait-on lire sur une banderole.', 'Rendez-nous la gare'],
    ['de', 'an exclamation', 'Auf dem Ballon stand in großen Buchstaben »Bahnhof retten!« geschrieben.', 'Bahnhof retten!'],
    ['en', 'a question', 'A banner over the road asked “where is our station?” in red paint.', 'where is our station?'],
  ])('%s: %s', (lang, _name, paragraph, quoted) => {
    const quotes = analyse(lang, article('Chronique locale', paragraph)).quotes;
    expect(quotes.map((quote) => quote.text)).toEqual([quoted]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('gives a fragment the person the sentence before reports (de "sagte X: Man werde …")', () => {
    const text = article(
      'Lindenau',
      'Im Stadtrat sagte Katrin Odermatt: Man werde das Bad im Sommer öffnen. Dies werde man »genau beobachten«.',
    );
    const [quote] = analyse('de', text).quotes;
    expect(quote?.text).toBe('genau beobachten');
    expect(quote?.speaker?.name).toBe('Katrin Odermatt');
  });

  it('leaves a fragment alone when its own sentence names somebody else', () => {
    const text = article(
      'Lindenau',
      'Im Stadtrat sagte Katrin Odermatt: Man werde das Bad im Sommer öffnen. Jonas Brandt nannte das »viel zu spät«.',
    );
    expect(analyse('de', text).quotes.find((quote) => quote.text === 'viel zu spät')?.speaker?.name ?? null).not.toBe('Katrin Odermatt');
  });
});

describe('quotes: a headline echoing a quote of the body', () => {
  const body = 'El alcalde de Valbruna, Marco Ferri, dijo el lunes que la ciudad quiere «cortar el puente viejo» antes del invierno.';

  it('gives a short fragment of the headline the speaker of the quote it echoes, endings aside (es)', () => {
    const quotes = analyse('es', article('Valbruna «corta el puente viejo» antes del invierno', body)).quotes;
    const headline = quotes.find((quote) => quote.line === 1);
    expect(headline?.text).toBe('corta el puente viejo');
    expect(headline?.speaker?.name).toBe('Marco Ferri');
  });

  it('leaves out a headline fragment no quote of the body repeats, and an echo further down', () => {
    const notEchoed = analyse('es', article('Valbruna y su «puente de hierro»', body)).quotes;
    expect(notEchoed.map((quote) => quote.text)).toEqual(['cortar el puente viejo']);
    const below = analyse('es', article('Valbruna', 'Un vecino.', 'Otro vecino.', body, 'Llega la hora de «cortar el puente».')).quotes;
    expect(below.map((quote) => quote.text)).toEqual(['cortar el puente viejo']);
  });
});

describe('quotes: text and span', () => {
  it('gives the trimmed text between the marks and its exact span, after astral characters', () => {
    const text = article(
      '🌍 Valbrune 🌊 rouvre sa piscine',
      'La piscine de Valbrune 🏊 a rouvert lundi.',
      'Odile Ferrand a déclaré : «\u00a0\u00a0Les enfants 👧 du quartier pourront enfin nager ici.\u202f»',
    );
    const quote = onlyQuote('fr', text);
    expect(quote.text).toBe('Les enfants 👧 du quartier pourront enfin nager ici.');
    expectSpanOf(text, quote, quote.text);
    expect(quote.line).toBe(5);
    expect(quote.endLine).toBe(5);
  });

  it('gives the exact span of a quote on a later line of a paragraph', () => {
    const text = article(
      'Harbour town reopens its library',
      'The library in Eastcombe reopened on Monday\nafter two years of repairs. Dana Whitfield said:\n“Children can borrow books again without taking the bus.”',
    );
    const quote = onlyQuote('en', text);
    expect(quote.text).toBe('Children can borrow books again without taking the bus.');
    expect(quote.line).toBe(5);
    expect(quote.column).toBe(2);
  });
});
