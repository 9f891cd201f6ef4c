// German interface strings, loaded only by pages that show German.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const de: Strings = {
  supports: 'Stützende Belege überwiegen',
  opposes: 'Widersprechende Belege überwiegen',
  balanced: 'Belege halten sich die Waage',
  insufficient: 'Zu wenige Belege',
  supportsStance: 'Stützt',
  opposesStance: 'Widerspricht',
  neutralStance: 'Neutral',
  claim: 'Die Behauptung',
  support: 'Wert dafür',
  oppose: 'Wert dagegen',
  outOf: 'von 100',
  summary: 'Einfach erklärt',
  wording: 'Wissenschaftliche Formulierung ansehen',
  mechanism: 'Wie es wirken könnte',
  research: 'Was die Forschung sagt',
  nSupport: 'one:# stützende Studie|other:# stützende Studien',
  nOppose: 'one:# widersprechende Studie|other:# widersprechende Studien',
  breakdown: 'Wertung im Detail',
  chain: 'Wirkkette',
  raw: 'Originalbelege',
  ideal: 'Nötige Studien',
  grade: 'Qualität',
  people: 'one:# Teilnehmer|other:# Teilnehmende',
  full: 'Vollständige Analyse lesen',
  by: 'Bewertet von',
  updated: 'Aktualisiert',
  published: 'Veröffentlicht',
  disclaimer: 'Keine medizinische Beratung. Sprechen Sie vor Gesundheitsentscheidungen mit medizinischem Fachpersonal.',
  loading: 'Belege werden geladen…',
  error: 'Diese Behauptung konnte nicht geladen werden',
  expand: 'Alle Belege anzeigen',
  collapse: 'Weniger anzeigen',
  close: 'Schließen',
  etAl: 'u. a.',};

export default de;
