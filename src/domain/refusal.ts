// A use case's "no" to what a person asked, with the reason in Spanish: src/api/httpErrors.ts maps
// its kind to the HTTP status, so use cases need not know HTTP.
export type RefusalKind = 'invalid' | 'rejected' | 'forbidden' | 'not_found' | 'conflict' | 'gone';

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** Field -> what is wrong with it. */
    readonly errors?: Record<string, string>,
    /** Many problems of one file: where each is and what is wrong. */
    readonly problems?: { row?: number; column?: string; message: string }[],
  ) {
    super(message);
  }
}
