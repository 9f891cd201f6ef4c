// French interface strings, loaded only by pages that show French.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const fr: Strings = {
  supports: 'Le soutien l’emporte',
  opposes: 'L’opposition l’emporte',
  balanced: 'Preuves équilibrées',
  insufficient: 'Preuves insuffisantes',
  supportsStance: 'Pour',
  opposesStance: 'Contre',
  neutralStance: 'Neutre',
  claim: 'L’affirmation',
  support: 'Score pour',
  oppose: 'Score contre',
  outOf: 'sur 100',
  summary: 'En termes simples',
  wording: 'Voir la formulation scientifique',
  mechanism: 'Comment cela pourrait agir',
  research: 'Ce que dit la recherche',
  nSupport: 'one:# étude pour|other:# études pour',
  nOppose: 'one:# étude contre|other:# études contre',
  breakdown: 'Détail des scores',
  chain: 'Chaîne du mécanisme',
  raw: 'Extraits des études',
  ideal: 'Études nécessaires',
  grade: 'Qualité',
  people: 'one:# participant|other:# participants',
  full: 'Lire l’analyse complète',
  by: 'Évalué par',
  updated: 'Mis à jour',
  published: 'Publié',
  disclaimer: 'Ceci n’est pas un avis médical. Consultez un professionnel de santé avant toute décision de santé.',
  loading: 'Chargement des preuves…',
  error: 'Impossible de charger cette affirmation',
  expand: 'Voir toutes les preuves',
  collapse: 'Voir moins',
  close: 'Fermer',
  etAl: 'et al.',};

export default fr;
