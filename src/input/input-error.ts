/** Why an input could not be analysed. Codes are part of the report contract (schema v1). */
export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'no-articles'
  | 'no-match'
  | 'binary'
  | 'empty'
  | 'decode-failed'
  | 'too-large'
  | 'bad-record'
  | 'internal-error';

/** A user-facing problem with one input: reported on one line, never with a stack trace. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
