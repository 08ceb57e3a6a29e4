import type { DirectoryProblem } from './directory-document.js';

/** A directory operation refused: the entry is missing, still in use, or the input is wrong. */
export class DirectoryError extends Error {
  constructor(
    readonly kind: 'not-found' | 'conflict' | 'invalid',
    message: string,
    readonly problems: DirectoryProblem[] = [],
  ) {
    super(message);
    this.name = 'DirectoryError';
  }
}
