/**
 * A language tag's base language (`pt-BR` -> `pt`): it picks the interface's strings
 * (strings.ts), so two tags with one base draw the same card (prerendered.ts).
 */
export const baseLanguage = (lang: string) => lang.split('-')[0].toLowerCase();
