import { readFileSync } from 'node:fs';
import { InputError } from './input-error.js';
import { describeFsError, type Source } from './sources.js';

/**
 * The bytes of one source; throws InputError when they cannot be had. Standard input is asked
 * for only when a source is "-": creating the stream costs milliseconds of every start.
 */
export async function readSource(source: Source, stdin: () => NodeJS.ReadableStream): Promise<Uint8Array> {
  switch (source.kind) {
    case 'error':
      throw source.error;
    case 'stdin':
      return readStream(stdin());
    case 'file':
      try {
        return readFileSync(source.path);
      } catch (error) {
        throw new InputError(...describeFsError(error as NodeJS.ErrnoException));
      }
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    throw new InputError(...describeFsError(error as NodeJS.ErrnoException));
  }
  return Buffer.concat(chunks);
}
