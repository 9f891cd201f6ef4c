// Spanish interface strings, loaded only by pages that show Spanish.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const es: Strings = {
  supports: 'La evidencia lo respalda',
  opposes: 'La evidencia lo contradice',
  balanced: 'La evidencia es mixta',
  insufficient: 'Aún no hay evidencia suficiente',
  supportsStance: 'A favor',
  opposesStance: 'En contra',
  neutralStance: 'Neutral',
  claim: 'La afirmación',
  support: 'Evidencia a favor',
  oppose: 'Evidencia en contra',
  outOf: 'de 100',
  summary: 'En palabras sencillas',
  wording: 'Ver la formulación científica',
  mechanism: 'Cómo podría funcionar',
  research: 'Qué dice la investigación',
  nSupport: 'one:# estudio a favor|other:# estudios a favor',
  nOppose: 'one:# estudio en contra|other:# estudios en contra',
  breakdown: 'Cómo se calculan las puntuaciones',
  chain: 'Cómo podría funcionar, paso a paso',
  raw: 'Citas de los estudios',
  ideal: 'Estudios que lo aclararían',
  grade: 'Calidad',
  people: 'one:# participante|other:# participantes',
  full: 'Leer el análisis completo',
  by: 'Evaluado por',
  updated: 'Actualizado',
  published: 'Publicado',
  disclaimer: 'No es consejo médico. Consulte a un profesional sanitario antes de tomar decisiones de salud.',
  loading: 'Cargando la evidencia…',
  error: 'No se pudo cargar el resumen de la evidencia.',
  expand: 'Ver toda la evidencia',
  collapse: 'Ver menos',
  close: 'Cerrar',
  etAl: 'et al.',
  all: 'other:Ver los # estudios',
  more: 'Más detalles',
};

export default es;
