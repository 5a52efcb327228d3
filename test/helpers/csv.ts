/** An RFC 4180 reader: CRLF records, quoted fields with doubled quotes; fails on anything else. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, next);
        i = next + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const stop = text.slice(i).search(/[,\r\n"]/u);
      const end = stop < 0 ? text.length : i + stop;
      if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`bad character ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record without CRLF');
  return rows;
}
