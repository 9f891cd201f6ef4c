// Portuguese interface strings, loaded only by pages that show Portuguese.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const pt: Strings = {
  supports: 'As evidências apoiam',
  opposes: 'As evidências contrariam',
  balanced: 'As evidências são mistas',
  insufficient: 'Ainda não há evidências suficientes',
  supportsStance: 'A favor',
  opposesStance: 'Contra',
  neutralStance: 'Neutro',
  claim: 'A afirmação',
  support: 'Evidências a favor',
  oppose: 'Evidências contra',
  outOf: 'de 100',
  summary: 'Em palavras simples',
  wording: 'Ver a formulação científica',
  mechanism: 'Como pode funcionar',
  research: 'O que diz a pesquisa',
  nSupport: 'one:# estudo a favor|other:# estudos a favor',
  nOppose: 'one:# estudo contra|other:# estudos contra',
  breakdown: 'Como as pontuações são calculadas',
  chain: 'Como pode funcionar, passo a passo',
  raw: 'Trechos dos estudos',
  ideal: 'Estudos que esclareceriam',
  grade: 'Qualidade',
  people: 'one:# participante|other:# participantes',
  full: 'Ler a análise completa',
  by: 'Avaliado por',
  updated: 'Atualizado',
  published: 'Publicado',
  disclaimer: 'Não é aconselhamento médico. Consulte um profissional de saúde antes de tomar decisões de saúde.',
  loading: 'Carregando as evidências…',
  error: 'Não foi possível carregar o resumo das evidências.',
  expand: 'Ver todas as evidências',
  collapse: 'Ver menos',
  close: 'Fechar',
  etAl: 'et al.',
  all: 'other:Ver os # estudos',
  more: 'Mais detalhes',
};

export default pt;
