/**
 * The named failures of the widget: every way a card can fail ends in one of these kinds, which
 * the `evidence-claim-error` event carries so a publisher's code can react without parsing text.
 */

export type ErrorKind =
  | 'input' // no claim given, or a claim-id / endpoint that cannot be used
  | 'network' // unreachable, blocked, CORS refused, cut off
  | 'timeout' // no complete answer in time
  | 'http' // a non-2xx status
  | 'type' // a content type that is not JSON
  | 'size' // a body over the size limit
  | 'json' // a body that is not JSON
  | 'invalid' // a document that breaks the format
  | 'version' // another format version
  | 'mismatch' // a document whose id is not the one requested
  | 'render'; // a fault of the widget's own while drawing the card

/** What a publisher needs to fix the failure; each is there when it applies. */
export interface ErrorFacts {
  /** The URL requested. */
  url?: string;
  /** The HTTP status of the answer. */
  status?: number;
  /** The first field that broke the format, e.g. `verdict.leaning`. */
  path?: string;
  /** What that field must be, e.g. `one of supports, opposes, balanced, insufficient`. */
  expected?: string;
}

export class ClaimError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly facts: ErrorFacts = {},
  ) {
    super(message);
  }
}

/** What a reader is told when a card cannot be shown, before its language's strings are here (strings.ts says it too). */
export const READER_ERROR = 'The evidence summary could not be loaded.';
