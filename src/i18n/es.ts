// Spanish interface strings, one per line in the order of KEYS in ../strings.ts.
// Loaded only by pages that show Spanish.
export default `Predomina el apoyo
Predomina la oposición
Evidencia equilibrada
Evidencia insuficiente
A favor
En contra
Neutral
La afirmación
Puntuación a favor
Puntuación en contra
de 100
En palabras sencillas
Ver la formulación científica
Cómo podría funcionar
Qué dice la investigación
one:# estudio a favor|other:# estudios a favor
one:# estudio en contra|other:# estudios en contra
Desglose de la puntuación
Cadena del mecanismo
Evidencia original
Estudios que harían falta
Calidad
one:# participante|other:# participantes
Leer el análisis completo
Evaluado por
Actualizado
No es consejo médico. Consulte a un profesional sanitario antes de tomar decisiones de salud.
Cargando la evidencia…
No se pudo cargar esta afirmación
Ver toda la evidencia
Ver menos
Cerrar
et al.`;
