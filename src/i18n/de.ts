// German interface strings, loaded only by pages that show German.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const de: Strings = {
  supports: 'Die Belege sprechen dafür',
  opposes: 'Die Belege sprechen dagegen',
  balanced: 'Die Belege sind gemischt',
  insufficient: 'Noch zu wenige Belege',
  supportsStance: 'Stützt',
  opposesStance: 'Widerspricht',
  neutralStance: 'Neutral',
  claim: 'Die Behauptung',
  support: 'Belege dafür',
  oppose: 'Belege dagegen',
  outOf: 'von 100',
  summary: 'Einfach erklärt',
  wording: 'Wissenschaftlicher Wortlaut',
  mechanism: 'Wie es wirken könnte',
  research: 'Was die Forschung sagt',
  nSupport: 'one:# stützende Studie|other:# stützende Studien',
  nOppose: 'one:# widersprechende Studie|other:# widersprechende Studien',
  breakdown: 'Wie die Werte zustande kommen',
  chain: 'Wie es wirken könnte, Schritt für Schritt',
  raw: 'Zitate aus den Studien',
  ideal: 'Studien, die es klären würden',
  grade: 'Qualität',
  people: 'one:# Teilnehmer|other:# Teilnehmende',
  full: 'Vollständige Analyse lesen',
  by: 'Bewertet von',
  updated: 'Aktualisiert',
  published: 'Veröffentlicht',
  disclaimer: 'Keine medizinische Beratung. Sprechen Sie vor Gesundheitsentscheidungen mit medizinischem Fachpersonal.',
  loading: 'Belege werden geladen…',
  error: 'Die Zusammenfassung der Belege konnte nicht geladen werden.',
  expand: 'Alle Belege anzeigen',
  collapse: 'Weniger anzeigen',
  close: 'Schließen',
  etAl: 'u. a.',
  all: 'other:Alle # Studien anzeigen',
  more: 'Weitere Details',
};

export default de;
