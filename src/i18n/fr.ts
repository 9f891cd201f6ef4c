// French interface strings, loaded only by pages that show French.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const fr: Strings = {
  supports: 'Les preuves vont dans ce sens',
  opposes: 'Les preuves vont contre',
  balanced: 'Les preuves sont partagées',
  insufficient: 'Pas encore assez de preuves',
  supportsStance: 'Pour',
  opposesStance: 'Contre',
  neutralStance: 'Neutre',
  claim: 'L’affirmation',
  support: 'Preuves pour',
  oppose: 'Preuves contre',
  outOf: 'sur 100',
  summary: 'En termes simples',
  wording: 'Voir la formulation scientifique',
  mechanism: 'Comment cela pourrait agir',
  research: 'Ce que dit la recherche',
  nSupport: 'one:# étude pour|other:# études pour',
  nOppose: 'one:# étude contre|other:# études contre',
  breakdown: 'Comment les scores sont calculés',
  chain: 'Comment cela pourrait agir, étape par étape',
  raw: 'Extraits des études',
  ideal: 'Études qui trancheraient',
  grade: 'Qualité',
  people: 'one:# participant|other:# participants',
  full: 'Lire l’analyse complète',
  by: 'Évalué par',
  updated: 'Mis à jour',
  published: 'Publié',
  disclaimer: 'Ceci n’est pas un avis médical. Consultez un professionnel de santé avant toute décision de santé.',
  loading: 'Chargement des preuves…',
  error: 'Le résumé des preuves n’a pas pu être chargé.',
  expand: 'Voir toutes les preuves',
  collapse: 'Voir moins',
  close: 'Fermer',
  etAl: 'et al.',
  all: 'other:Voir les # études',
  more: 'Plus de détails',
};

export default fr;
