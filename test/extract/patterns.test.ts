import { describe, expect, it } from 'vitest';
import { article, quotesOf } from './helpers.js';

/*
 * Common attribution patterns of news copy, one sentence each, in the six main languages: the
 * speaker of the last quote of the paragraph (null where the text names nobody alone).
 */

function lastSpeaker(lang: string, paragraph: string): string | null | undefined {
  const quotes = quotesOf(lang, article('Titre', paragraph));
  const last = quotes[quotes.length - 1];
  return last === undefined ? undefined : (last.speaker?.name ?? null);
}

const CASES: Record<string, Array<[string, string | null]>> = {
  fr: [
    ["« Nous ne reculerons pas », a martelé le Premier ministre, Luc Garnier.", "Luc Garnier"],
    ["Luc Garnier a été ferme. « Nous ne reculerons pas », a-t-il martelé devant les députés.", "Luc Garnier"],
    ["Pour Luc Garnier, « la réforme est indispensable ».", "Luc Garnier"],
    ["« La réforme est indispensable », estime Luc Garnier dans un entretien au Monde.", "Luc Garnier"],
    ["Interrogée par l'AFP, la ministre de la Santé, Anne Morel, a assuré que « les stocks sont suffisants ».", "Anne Morel"],
    ["« Les stocks sont suffisants », assure-t-on au ministère de la Santé.", null],
    ["Le président du Sénat, Gérard Lasalle, s'est dit « très inquiet » de la situation.", "Gérard Lasalle"],
    ["« C'est une faute politique majeure », a réagi sur Twitter la députée Claire Dubosc.", "Claire Dubosc"],
    ["Selon le porte-parole du gouvernement, Paul Mercier, « aucune décision n'a été prise ».", "Paul Mercier"],
    ["Claire Dubosc dénonce « une faute politique majeure ».", "Claire Dubosc"],
    ["Le Kremlin a qualifié ces sanctions d'« illégales ».", "Kremlin"],
    ["« Il faut agir vite », a déclaré M. Garnier, avant d'ajouter : « Le temps presse pour tout le monde. »", "Garnier"],
    ["D'après l'Insee, « la croissance ralentira nettement en 2024 ».", "Insee"],
    ["« Nous ne céderons pas », ont prévenu les syndicats dans un communiqué commun.", null],
    ["Anne Morel, la ministre de la Santé, a promis « des moyens supplémentaires pour l'hôpital ».", "Anne Morel"],
  ],
  en: [
    ["\"We will not back down,\" Prime Minister Helen Ward said on Tuesday.", "Helen Ward"],
    ["Helen Ward was defiant. \"We will not back down,\" she told reporters in Leeds.", "Helen Ward"],
    ["\"The plan is unaffordable,\" said Tom Ashby, the shadow chancellor.", "Tom Ashby"],
    ["According to the Office for National Statistics, prices \"rose sharply in the spring\".", "Office for National Statistics"],
    ["A Treasury spokesman said the figures were \"deeply misleading\".", "Treasury"],
    ["Tom Ashby, who chairs the committee, called the report \"a whitewash from start to finish\".", "Tom Ashby"],
    ["\"It's a disgrace,\" Ashby added.", "Ashby"],
    ["The union said in a statement that the offer was \"an insult to every nurse in the country\".", null],
    ["\"We are ready to talk,\" the company's chief executive, Mark Lyle, told the BBC.", "Mark Lyle"],
    ["Mark Lyle said: \"We are ready to talk to anyone who wants a deal.\"", "Mark Lyle"],
    ["\"Nobody wins a trade war,\" the former minister wrote in the Guardian. Helen Ward replied that the piece was \"nonsense\".", "Helen Ward"],
    ["In a statement, the Bank of England said inflation would \"fall back towards target next year\".", "Bank of England"],
    ["\"We have done nothing wrong,\" a spokeswoman for Lyle Foods said.", "Lyle Foods"],
    ["Helen Ward and Tom Ashby both described the deal as \"a good start for the region\".", null],
  ],
  de: [
    ["„Wir werden nicht nachgeben“, sagte Bundeskanzlerin Katrin Lenz am Dienstag.", "Katrin Lenz"],
    ["Katrin Lenz blieb hart. „Wir werden nicht nachgeben“, sagte sie vor Journalisten.", "Katrin Lenz"],
    ["Laut Statistischem Bundesamt sind die Preise „deutlich gestiegen“.", "Statistischem Bundesamt"],
    ["Der Wirtschaftsminister Jonas Brandt nannte den Plan „völlig unbezahlbar“.", "Jonas Brandt"],
    ["„Das ist ein Skandal“, so Brandt.", "Brandt"],
    ["Brandt sagte: „Wir sind zu Gesprächen bereit, mit allen, die eine Lösung wollen.“", "Brandt"],
    ["Dem Minister zufolge ist die Lage „sehr ernst“.", null],
    ["„Wir haben nichts falsch gemacht“, erklärte eine Sprecherin der Firma Lenz & Söhne.", "Lenz & Söhne"],
    ["Die Gewerkschaft Verdi sprach von einem „Schlag ins Gesicht aller Pflegekräfte“.", "Verdi"],
    ["»Wir sind bereit«, sagte Jonas Brandt, der Vorsitzende des Ausschusses.", "Jonas Brandt"],
  ],
  es: [
    ["«No vamos a retroceder», afirmó el presidente del Gobierno, Julián Ortega.", "Julián Ortega"],
    ["Julián Ortega fue tajante. «No vamos a retroceder», dijo ante los periodistas.", "Julián Ortega"],
    ["Según el Instituto Nacional de Estadística, los precios «subieron con fuerza en primavera».", "Instituto Nacional de Estadística"],
    ["Para Ortega, «la reforma es imprescindible para el país».", "Ortega"],
    ["La ministra de Sanidad, Carmen Ruiz, aseguró que «las reservas son suficientes».", "Carmen Ruiz"],
    ["«Es una vergüenza», añadió Ruiz.", "Ruiz"],
    ["El Gobierno chileno calificó las sanciones de «ilegales e injustas».", "Gobierno chileno"],
    ["«No hemos hecho nada malo», declaró una portavoz de la empresa Lácteos Sur.", "Lácteos Sur"],
    ["Carmen Ruiz y Julián Ortega calificaron el acuerdo de «un buen comienzo para la región».", null],
    ["—No vamos a ceder —dijo Ortega.", "Ortega"],
  ],
  it: [
    ["Il premier Carlo Bruni è arrivato a Pontalba. «Il porto sarà pronto entro l'estate», ha detto il premier.", "Carlo Bruni"],
    ["Secondo il ministro degli Esteri Luigi Marra, «la trattativa è ancora aperta».", "Luigi Marra"],
    ["Luigi Marra ha parlato a lungo. «Non ci sono alternative al dialogo», ha aggiunto.", "Luigi Marra"],
    ["La ministra Anna Conti è stata chiara. La ministra ha spiegato che «i fondi arriveranno a settembre».", "Anna Conti"],
    ["«Il porto sarà pronto entro l'estate» ha dichiarato Bruni.", "Bruni"],
    ["Bruni: «Il porto sarà pronto entro l'estate».", "Bruni"],
    ["«Nessuna decisione è stata presa», afferma in una nota la Farnesina.", "Farnesina"],
    ["Lo ha detto il segretario del partito Enrico Valli: «Siamo pronti a governare con tutti».", "Enrico Valli"],
    ["Per Valli «la coalizione non esiste più da mesi».", "Valli"],
    ["Enrico Valli è intervenuto ieri. «La coalizione non esiste più», le parole di Valli.", "Enrico Valli"],
    ["«La coalizione non esiste più da mesi», ha twittato Valli.", "Valli"],
    ["A parlare è stato il ministro Luigi Marra: «La trattativa è ancora aperta a tutti».", "Luigi Marra"],
    ["«La trattativa è ancora aperta a tutti», è il commento di Marra.", "Marra"],
    ["Anna Conti, ministra della Salute, ha ribadito: «I vaccini sono sicuri ed efficaci per tutti».", "Anna Conti"],
    ["«I vaccini sono sicuri», ha detto ai giornalisti la ministra Anna Conti, che ha poi aggiunto: «Non ci sono rischi per nessuno».", "Anna Conti"],
  ],
  pt: [
    ["\"Não vamos recuar\", afirmou o presidente Luiz Ferreira nesta terça-feira.", "Luiz Ferreira"],
    ["Luiz Ferreira foi taxativo. \"Não vamos recuar\", disse ele a jornalistas.", "Luiz Ferreira"],
    ["Segundo o Instituto Brasileiro de Geografia e Estatística (IBGE), os preços \"subiram com força\".", "Instituto Brasileiro de Geografia e Estatística"],
    ["Para Ferreira, \"a reforma é indispensável para o país\".", "Ferreira"],
    ["A ministra da Saúde, Ana Costa, garantiu que \"os estoques são suficientes\".", "Ana Costa"],
    ["\"É uma vergonha\", acrescentou Costa.", "Costa"],
    ["\"Não fizemos nada de errado\", declarou a assessoria de imprensa da empresa.", null],
    ["O governo argentino classificou as sanções de \"ilegais e injustas\".", "governo argentino"],
    ["Em nota, o Itamaraty afirmou que \"o Brasil acompanha a situação com preocupação\".", "Itamaraty"],
    ["Ana Costa e Luiz Ferreira classificaram o acordo como \"um bom começo para a região\".", null],
  ],
};

describe('attribution patterns of news copy', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`${lang}: %s`, (paragraph, speaker) => {
      expect(lastSpeaker(lang, paragraph)).toBe(speaker);
    });
  }
});
