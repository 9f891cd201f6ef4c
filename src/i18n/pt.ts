// Portuguese interface strings, one per line in the order of KEYS in ../strings.ts.
// Loaded only by pages that show Portuguese.
export default `O apoio prevalece
A oposição prevalece
Evidência equilibrada
Evidência insuficiente
A favor
Contra
Neutro
A afirmação
Pontuação a favor
Pontuação contra
de 100
Em palavras simples
Ver a formulação científica
Como pode funcionar
O que diz a pesquisa
one:# estudo a favor|other:# estudos a favor
one:# estudo contra|other:# estudos contra
Detalhe da pontuação
Cadeia do mecanismo
Evidência original
Estudos necessários
Qualidade
one:# participante|other:# participantes
Ler a análise completa
Avaliado por
Atualizado
Não é aconselhamento médico. Consulte um profissional de saúde antes de tomar decisões de saúde.
Carregando a evidência…
Não foi possível carregar esta afirmação
Ver toda a evidência
Ver menos
Fechar
et al.`;
