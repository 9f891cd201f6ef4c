/**
 * The claim document, format version 1, as the widget uses it after validation.
 * The contract is docs/claim-format.md (a copy of the shared format page); the JSON
 * Schema in schema/claim.schema.json says the same thing for other tools.
 * Optional fields are `undefined` when absent *or* when they were invalid and dropped.
 */

export type Leaning = 'supports' | 'opposes' | 'balanced' | 'insufficient';
export type Stance = 'supports' | 'opposes' | 'neutral';
export type Side = 'support' | 'oppose';

export interface Study {
  id: string;
  stance: Stance;
  title?: string;
  finding?: string;
  design?: string;
  grade?: string;
  score?: number;
  participants?: number;
  population?: string;
  duration?: string;
  year?: number;
  authors?: string[];
  journal?: string;
  doi?: string;
  pmid?: string;
  url?: string;
}

export interface ScoreContribution {
  studyId: string;
  side: Side;
  contribution: number;
  reason?: string;
}

export interface RawEvidence {
  studyId?: string;
  quote: string;
  location?: string;
}

export interface Claim {
  schemaVersion: 1;
  id: string;
  claim: string;
  summary: string;
  verdict: { leaning: Leaning; label?: string; note?: string };
  scores?: { support?: number; oppose?: number; explanation?: string };
  scientificWording?: string;
  mechanism?: { summary?: string; chain?: string[] };
  researchSummary?: string;
  /** Always an array after validation (the format's default is `[]`). */
  studies: Study[];
  scoreBreakdown?: ScoreContribution[];
  rawEvidence?: RawEvidence[];
  idealStudies?: string[];
  disclaimer?: string;
  url?: string;
  language?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: { name: string; url?: string };
}

/** One problem found in a document: where (`verdict.leaning`) and what was expected. */
export interface Problem {
  path: string;
  message: string;
  /** For a warning: the path of what the widget leaves out because of it (the field, or the study holding it). */
  dropped?: string;
  /** What would fit there, when the problem is a value that does not. */
  expected?: string;
}

export type ValidationResult =
  | { ok: true; claim: Claim; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[]; unsupportedVersion?: number };
