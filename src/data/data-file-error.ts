/**
 * A data file that could not be used, with a message a reader can act on. `retryable` marks
 * faults that may pass on their own (network, server errors); a 404 or a file that breaks its
 * schema will fail the same way again, so the client does not retry those quietly.
 */
export type DataFaultKind = 'network' | 'timeout' | 'http' | 'json' | 'schema' | 'consistency';

export class DataFileError extends Error {
  readonly file: string;
  readonly kind: DataFaultKind;
  readonly retryable: boolean;

  constructor(file: string, kind: DataFaultKind, message: string, retryable = false) {
    super(message);
    this.name = 'DataFileError';
    this.file = file;
    this.kind = kind;
    this.retryable = retryable;
  }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof DataFileError ? error.retryable : false;
}
