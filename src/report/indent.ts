/** Indents every line by `spaces`; split on \n only, since JSON strings may hold a raw U+2028. */
export function indentLines(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => `${pad}${line}`)
    .join('\n');
}
