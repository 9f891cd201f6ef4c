// Spanish interface strings, loaded only by pages that show Spanish.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const es: Strings = {
  supports: 'Predomina el apoyo',
  opposes: 'Predomina la oposición',
  balanced: 'Evidencia equilibrada',
  insufficient: 'Evidencia insuficiente',
  supportsStance: 'A favor',
  opposesStance: 'En contra',
  neutralStance: 'Neutral',
  claim: 'La afirmación',
  support: 'Puntuación a favor',
  oppose: 'Puntuación en contra',
  outOf: 'de 100',
  summary: 'En palabras sencillas',
  wording: 'Ver la formulación científica',
  mechanism: 'Cómo podría funcionar',
  research: 'Qué dice la investigación',
  nSupport: 'one:# estudio a favor|other:# estudios a favor',
  nOppose: 'one:# estudio en contra|other:# estudios en contra',
  breakdown: 'Desglose de la puntuación',
  chain: 'Cadena del mecanismo',
  raw: 'Evidencia original',
  ideal: 'Estudios que harían falta',
  grade: 'Calidad',
  people: 'one:# participante|other:# participantes',
  full: 'Leer el análisis completo',
  by: 'Evaluado por',
  updated: 'Actualizado',
  published: 'Publicado',
  disclaimer: 'No es consejo médico. Consulte a un profesional sanitario antes de tomar decisiones de salud.',
  loading: 'Cargando la evidencia…',
  error: 'No se pudo cargar esta afirmación',
  expand: 'Ver toda la evidencia',
  collapse: 'Ver menos',
  close: 'Cerrar',
  etAl: 'et al.',};

export default es;
