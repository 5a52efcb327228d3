import { createRequire } from 'node:module';
import { InputError } from '../input/input-error.js';

export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  /** The encoding read or assumed, as a WHATWG label: utf-8, utf-16le, windows-1252, … */
  encoding: string;
}

const require = createRequire(import.meta.url);

/** Single-byte encodings newsroom exports come in; anything else chardet suggests is ignored. */
const LEGACY_ENCODINGS: Record<string, string> = {
  'windows-1252': 'windows-1252',
  // ISO-8859-1 files almost always use the Windows-1252 extras (curly quotes, dashes, €).
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  'windows-1250': 'windows-1250',
  'iso-8859-2': 'iso-8859-2',
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-5': 'iso-8859-5',
  'windows-1253': 'windows-1253',
  'iso-8859-7': 'iso-8859-7',
  'windows-1254': 'windows-1254',
  'iso-8859-9': 'iso-8859-9',
};

/** A legacy candidate must be this much more likely than Windows-1252 to displace it. */
const LEGACY_MARGIN = 1.5;

/** Share of control characters above which decoded bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Decodes the bytes of an article. UTF-8 (BOM or not) and UTF-16 with a BOM are read as they
 * say; bytes that are not valid UTF-8 are taken as a legacy single-byte encoding, guessed by
 * chardet with Windows-1252 as the newsroom default. Throws InputError for binary or empty input.
 */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  const decoded = decodeBytes(bytes);
  if (looksBinary(decoded.text)) throw new InputError('binary', 'binary file, not text');
  if (decoded.text.trim() === '') throw new InputError('empty', 'file holds only white space');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
  if (hasNul(bytes)) throw new InputError('binary', 'binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    return { text: decodeWith(bytes, encoding), encoding };
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes on one side of almost every pair when the text is
 * mostly Latin script. Binary files have NULs scattered on both sides.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  const chardet = require('chardet') as typeof import('chardet');
  let best: { encoding: string; confidence: number } | null = null;
  let western = 0;
  for (const match of chardet.analyse(bytes)) {
    const encoding = LEGACY_ENCODINGS[match.name.toLowerCase()];
    if (!encoding) continue;
    if (encoding === 'windows-1252' || encoding === 'iso-8859-15') western = Math.max(western, match.confidence);
    if (!best || match.confidence > best.confidence) best = { encoding, confidence: match.confidence };
  }
  if (!best || best.confidence < western * LEGACY_MARGIN) return 'windows-1252';
  return best.encoding;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new InputError('decode-failed', `not valid ${encoding.toUpperCase()}`);
    }
  }
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    // Tab, LF, VT, FF and CR are text; so is everything from space up, but C1 controls.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code < 0xa0)) controls++;
  }
  // A few stray controls (a DOS end-of-file mark, a pasted escape) do not make a short file binary.
  return controls > Math.max(8, sample.length * MAX_CONTROL_SHARE);
}
