// French interface strings, one per line in the order of KEYS in ../strings.ts.
// Loaded only by pages that show French.
export default `Le soutien l’emporte
L’opposition l’emporte
Preuves équilibrées
Preuves insuffisantes
Pour
Contre
Neutre
L’affirmation
Score pour
Score contre
sur 100
En termes simples
Voir la formulation scientifique
Comment cela pourrait agir
Ce que dit la recherche
one:# étude pour|other:# études pour
one:# étude contre|other:# études contre
Détail des scores
Chaîne du mécanisme
Extraits des études
Études nécessaires
Qualité
one:# participant|other:# participants
Lire l’analyse complète
Évalué par
Mis à jour
Ceci n’est pas un avis médical. Consultez un professionnel de santé avant toute décision de santé.
Chargement des preuves…
Impossible de charger cette affirmation
Voir toutes les preuves
Voir moins
Fermer
et al.`;
