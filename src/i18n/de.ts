// German interface strings, one per line in the order of KEYS in ../strings.ts.
// Loaded only by pages that show German.
export default `Stützende Belege überwiegen
Widersprechende Belege überwiegen
Belege halten sich die Waage
Zu wenige Belege
Stützt
Widerspricht
Neutral
Die Behauptung
Wert dafür
Wert dagegen
von 100
Einfach erklärt
Wissenschaftliche Formulierung ansehen
Wie es wirken könnte
Was die Forschung sagt
one:# stützende Studie|other:# stützende Studien
one:# widersprechende Studie|other:# widersprechende Studien
Wertung im Detail
Wirkkette
Originalbelege
Nötige Studien
Qualität
one:# Teilnehmer|other:# Teilnehmende
Vollständige Analyse lesen
Bewertet von
Aktualisiert
Keine medizinische Beratung. Sprechen Sie vor Gesundheitsentscheidungen mit medizinischem Fachpersonal.
Belege werden geladen…
Diese Behauptung konnte nicht geladen werden
Alle Belege anzeigen
Weniger anzeigen
Schließen
u. a.`;
