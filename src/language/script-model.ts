import { TrigramTable } from './trigram-table.js';

/**
 * franc's trigram models of the languages of one script, merged into one table: each trigram's
 * row lists the languages that have it, with its rank (0 = most frequent) in each.
 */
export interface ScriptModel {
  script: string;
  languages: string[];
  rows: TrigramTable;
  /** Entries of row r are [rowStarts[r], rowStarts[r + 1]). */
  rowStarts: Int32Array;
  entryLanguage: Uint16Array;
  entryRank: Int16Array;
}

/** Builds the model from franc's data: per language, its trigrams by rank, joined with "|". */
export function buildScriptModel(script: string, lists: Record<string, string>): ScriptModel {
  const languages = Object.keys(lists);
  const split = languages.map((code) => (lists[code] as string).split('|'));
  const total = split.reduce((sum, list) => sum + list.length, 0);
  const rows = new TrigramTable(total);
  // One (row, language, rank) triple per listed trigram, then grouped by row.
  const triples: Array<[row: number, language: number, rank: number]> = [];
  const lastLanguage = new Int32Array(total).fill(-1);
  split.forEach((list, language) => {
    list.forEach((trigram, rank) => {
      const [a, b, c] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];
      rows.add(a, b, c, rows.size);
      const row = rows.get(a, b, c);
      // franc keeps the best (first) rank of a trigram a language lists twice.
      if (lastLanguage[row] === language) return;
      lastLanguage[row] = language;
      triples.push([row, language, rank]);
    });
  });
  triples.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const rowStarts = new Int32Array(rows.size + 1);
  const entryLanguage = new Uint16Array(triples.length);
  const entryRank = new Int16Array(triples.length);
  // Every row has at least one entry, so the last entry written for a row marks where it ends.
  triples.forEach(([row, language, rank], entry) => {
    rowStarts[row + 1] = entry + 1;
    entryLanguage[entry] = language;
    entryRank[entry] = rank;
  });
  return { script, languages, rows, rowStarts, entryLanguage, entryRank };
}

interface Header {
  scripts: Array<{ script: string; languages: string[]; rows: number; arrays: Array<[offset: number, length: number]> }>;
}

const ALIGN = 8;

/** Models as one binary file: a length-prefixed JSON header, then the typed arrays, 8-byte aligned. */
export function serialiseModels(models: readonly ScriptModel[]): Buffer {
  const arrays: Array<Int32Array | Uint16Array | Int16Array> = [];
  let offset = 0;
  const header: Header = {
    scripts: models.map((model) => {
      const own = [model.rows.storage, model.rowStarts, model.entryLanguage, model.entryRank];
      arrays.push(...own);
      return {
        script: model.script,
        languages: model.languages,
        rows: model.rows.size,
        arrays: own.map((array): [number, number] => {
          const at = offset;
          offset += align(array.byteLength);
          return [at, array.length];
        }),
      };
    }),
  };
  const head = Buffer.from(JSON.stringify(header));
  const start = align(4 + head.length);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let at = start;
  for (const array of arrays) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at);
    at += align(array.byteLength);
  }
  return out;
}

/** The models saved by serialiseModels, as views over the file's bytes (no copying). */
export function deserialiseModels(bytes: Uint8Array): ScriptModel[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.readUInt32LE(0);
  const header = JSON.parse(view.toString('utf8', 4, 4 + headLength)) as Header;
  // Copy once into an aligned buffer so every typed array view is aligned.
  const start = align(4 + headLength);
  const body = new ArrayBuffer(view.length - start);
  new Uint8Array(body).set(view.subarray(start));
  return header.scripts.map(({ script, languages, rows, arrays }) => {
    const [slots, starts, language, rank] = arrays as Array<[number, number]>;
    return {
      script,
      languages,
      rows: new TrigramTable(0, { slots: new Int32Array(body, ...(slots as [number, number])), size: rows }),
      rowStarts: new Int32Array(body, ...(starts as [number, number])),
      entryLanguage: new Uint16Array(body, ...(language as [number, number])),
      entryRank: new Int16Array(body, ...(rank as [number, number])),
    };
  });
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
