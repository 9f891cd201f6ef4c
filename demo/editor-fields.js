// The claim editor's form, field by field, in an editor's words: every field of the claim format
// (docs/claim-format.md) with its label, its kind of control and a line of help. `path` is the
// field's path as the validator names it (`verdict.leaning`, `studies[0].stance`), so a problem
// the validator reports lands next to its field. `kind`: text (default), area, number, lines
// (a list, one item per line), select.

import { LEANING_LABELS } from '../cli/lib/defaults.mjs';

// The verdict's choices: the format's four leanings, each in the words the card shows for it
// when the claim has no label of its own (the widget's table, through cli/lib/defaults.mjs).
export const LEANINGS = [['', 'Choose a verdict'], ...Object.entries(LEANING_LABELS)];

/** Sections of the form, in the card's order. */
export const SECTIONS = [
  {
    legend: 'The claim',
    fields: [
      {
        path: 'claim',
        label: 'Claim',
        kind: 'area',
        rows: 2,
        help: 'The statement your readers have heard, as they would say it.',
      },
      {
        path: 'summary',
        label: 'Plain-language summary',
        kind: 'area',
        help: 'What the evidence shows, in words anyone can follow.',
      },
      {
        path: 'id',
        label: 'Claim ID',
        help: 'Up to 64 letters, digits, - and _, such as creatine-memory. It names the file (claims/<ID>.json) and the card (claim-id).',
      },
    ],
  },
  {
    legend: 'Verdict',
    fields: [
      {
        path: 'verdict.leaning',
        label: 'Verdict',
        kind: 'select',
        options: LEANINGS,
        help: 'Which side the evidence leans to: towards the claim (supports), against it (opposes), neither, or too little to tell.',
      },
      {
        path: 'verdict.label',
        label: 'Verdict label',
        help: 'The words on the badge, shown exactly as written. Leave empty for the verdict’s own words above, in the reader’s language.',
      },
      {
        path: 'verdict.note',
        label: 'Caveat',
        kind: 'area',
        rows: 2,
        help: 'Shown under the badge, e.g. “A single strong opposing study could change this.”',
      },
    ],
  },
  {
    legend: 'Scores',
    fields: [
      { path: 'scores.support', label: 'Support score', kind: 'number', help: 'From 0 to 100.' },
      {
        path: 'scores.oppose',
        label: 'Oppose score',
        kind: 'number',
        help: 'From 0 to 100. The two scores are independent: they need not add up to 100.',
      },
      { path: 'scores.explanation', label: 'How to read the scores', kind: 'area', rows: 2 },
    ],
  },
  {
    legend: 'The evidence in words',
    fields: [
      {
        path: 'scientificWording',
        label: 'Scientific wording',
        kind: 'area',
        help: 'The claim as researchers word it; readers open it if they want it.',
      },
      { path: 'mechanism.summary', label: 'Mechanism', kind: 'area', help: 'How it might work, in plain words.' },
      { path: 'mechanism.chain', label: 'Mechanism steps', kind: 'lines', help: 'One step per line, in order.' },
      { path: 'researchSummary', label: 'What the research says', kind: 'area' },
    ],
  },
  { list: 'studies' },
  { list: 'scoreBreakdown' },
  { list: 'rawEvidence' },
  {
    legend: 'Ideal studies',
    fields: [
      {
        path: 'idealStudies',
        label: 'Ideal studies needed',
        kind: 'lines',
        help: 'Research that would settle the claim, one per line.',
      },
    ],
  },
  {
    legend: 'Publishing',
    fields: [
      {
        path: 'disclaimer',
        label: 'Disclaimer',
        kind: 'area',
        rows: 2,
        help: 'Leave empty for the standard medical disclaimer, in the reader’s language. A disclaimer is always shown.',
      },
      {
        path: 'language',
        label: 'Language of the texts',
        help: 'A language code such as en, es, fr, de, pt, ar or pt-BR. Empty means English.',
      },
      { path: 'datePublished', label: 'Date published', help: 'As 2026-11-20. The card says “Published” with this date.' },
      {
        path: 'dateModified',
        label: 'Date updated',
        help: 'As 2026-11-20, when the verdict last changed. The card then says “Updated”.',
      },
      { path: 'publisher.name', label: 'Publisher', help: 'Who assessed the claim, e.g. your newsroom.' },
      { path: 'publisher.url', label: 'Publisher website', help: 'A full address starting with https://' },
      {
        path: 'url',
        label: 'Canonical URL',
        help: 'Your page with the full analysis (“Read the full analysis”), starting with https://',
      },
    ],
  },
];

const STANCES = [
  ['', 'Choose a stance'],
  ['supports', 'Supports the claim'],
  ['opposes', 'Opposes the claim'],
  ['neutral', 'Neutral'],
];

/** Repeating groups: what one item is called, and its fields (paths relative to the item). */
export const LISTS = {
  studies: {
    legend: 'Studies',
    item: 'Study',
    add: 'Add study',
    fields: [
      { path: 'stance', label: 'Stance', kind: 'select', options: STANCES },
      { path: 'title', label: 'Title', kind: 'area', rows: 2, help: 'The paper’s title.' },
      { path: 'finding', label: 'Finding', kind: 'area', rows: 3, help: 'What the study found, in plain words.' },
      { path: 'design', label: 'Design', help: 'e.g. Randomized controlled trial, Meta-analysis, Cohort study.' },
      { path: 'grade', label: 'Grade', help: 'The quality grade as readers should see it, e.g. High, Moderate, Low.' },
      { path: 'score', label: 'Score', kind: 'number', help: 'The study’s quality score, 0 to 100.' },
      { path: 'participants', label: 'Participants', kind: 'number', help: 'How many people took part.' },
      { path: 'population', label: 'Population', help: 'Who was studied.' },
      { path: 'duration', label: 'Duration', help: 'e.g. 12 weeks.' },
      { path: 'year', label: 'Year', kind: 'number' },
      { path: 'authors', label: 'Authors', kind: 'lines', help: 'One name per line, as printed.' },
      { path: 'journal', label: 'Journal' },
      { path: 'doi', label: 'DOI', help: 'As 10.1000/xyz; a https://doi.org/ link works too.' },
      { path: 'pmid', label: 'PubMed ID', help: 'The digits; a PubMed link works too.' },
      { path: 'url', label: 'URL', help: 'Any other link to the study, starting with https://' },
      { path: 'id', label: 'Study ID', help: 'Unique in this claim; the score breakdown and the raw evidence refer to it.' },
    ],
  },
  scoreBreakdown: {
    legend: 'Score breakdown',
    item: 'Score entry',
    add: 'Add score entry',
    fields: [
      { path: 'studyId', label: 'Study ID', help: 'The ID of the study this entry is about.' },
      {
        path: 'side',
        label: 'Score',
        kind: 'select',
        options: [
          ['', 'Choose a score'],
          ['support', 'Support score'],
          ['oppose', 'Oppose score'],
        ],
      },
      { path: 'contribution', label: 'Points', kind: 'number', help: 'How much this study moved that score, e.g. 12 or -4.' },
      { path: 'reason', label: 'Reason', kind: 'area', rows: 2 },
    ],
  },
  rawEvidence: {
    legend: 'Raw evidence',
    item: 'Quote',
    add: 'Add quote',
    fields: [
      { path: 'quote', label: 'Quote', kind: 'area', help: 'Word for word, from the study.' },
      { path: 'studyId', label: 'Study ID', help: 'The ID of the study it comes from (optional).' },
      { path: 'location', label: 'Where in the study', help: 'e.g. Abstract, Results.' },
    ],
  },
};

/** Fields whose problems name the object that holds them: shown at its first field. */
export const ALIASES = { verdict: 'verdict.leaning', publisher: 'publisher.name', schemaVersion: 'id' };
