import { readFileSync, statSync } from 'node:fs';
import { InputError } from './input-error.js';
import { describeFsError, type Source } from './sources.js';

/**
 * The bytes of one source; throws InputError when they cannot be had. Standard input is asked
 * for only when a source is "-": creating the stream costs milliseconds of every start.
 */
export async function readSource(source: Source, stdin: () => NodeJS.ReadableStream, maxSize = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  switch (source.kind) {
    case 'error':
      throw source.error;
    case 'stdin':
      return readStream(stdin(), maxSize);
    case 'file':
      try {
        // Refused before reading: a file too large costs no memory.
        const size = statSync(source.path).size;
        if (size > maxSize) throw tooLarge(size, maxSize);
        return readFileSync(source.path);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(...describeFsError(error as NodeJS.ErrnoException));
      }
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxSize) throw tooLarge(size, maxSize, true);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(...describeFsError(error as NodeJS.ErrnoException));
  }
  return Buffer.concat(chunks);
}

/** "60.2 MB is larger than --max-size (50 MB)". */
export function tooLarge(size: number, maxSize: number, atLeast = false): InputError {
  return new InputError('too-large', `${atLeast ? 'more than ' : ''}${formatSize(size)} is larger than --max-size (${formatSize(maxSize)}); raise it to analyse this input`);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
