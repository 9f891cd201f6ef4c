// Portuguese interface strings, loaded only by pages that show Portuguese.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const pt: Strings = {
  supports: 'O apoio prevalece',
  opposes: 'A oposição prevalece',
  balanced: 'Evidência equilibrada',
  insufficient: 'Evidência insuficiente',
  supportsStance: 'A favor',
  opposesStance: 'Contra',
  neutralStance: 'Neutro',
  claim: 'A afirmação',
  support: 'Pontuação a favor',
  oppose: 'Pontuação contra',
  outOf: 'de 100',
  summary: 'Em palavras simples',
  wording: 'Ver a formulação científica',
  mechanism: 'Como pode funcionar',
  research: 'O que diz a pesquisa',
  nSupport: 'one:# estudo a favor|other:# estudos a favor',
  nOppose: 'one:# estudo contra|other:# estudos contra',
  breakdown: 'Detalhe da pontuação',
  chain: 'Cadeia do mecanismo',
  raw: 'Evidência original',
  ideal: 'Estudos necessários',
  grade: 'Qualidade',
  people: 'one:# participante|other:# participantes',
  full: 'Ler a análise completa',
  by: 'Avaliado por',
  updated: 'Atualizado',
  published: 'Publicado',
  disclaimer: 'Não é aconselhamento médico. Consulte um profissional de saúde antes de tomar decisões de saúde.',
  loading: 'Carregando a evidência…',
  error: 'Não foi possível carregar esta afirmação',
  expand: 'Ver toda a evidência',
  collapse: 'Ver menos',
  close: 'Fechar',
  etAl: 'et al.',};

export default pt;
