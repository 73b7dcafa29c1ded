import type { GivenAnswer, PublicQuestion } from './types';

/** A submission that does not fit the attempt it names: the route answers 400 with this message. */
export class AnswerMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerMismatchError';
  }
}

function checkOne(question: PublicQuestion, given: GivenAnswer): GivenAnswer {
  const where = `Pregunta «${question.id}»`;
  if (given === null) return null;
  switch (question.type) {
    case 'single': {
      if (typeof given !== 'string') throw new AnswerMismatchError(`${where}: se espera una sola opción.`);
      if (!question.options.some((option) => option.id === given)) throw new AnswerMismatchError(`${where}: la opción «${given}» no es de esta pregunta.`);
      return given;
    }
    case 'multiple': {
      if (!Array.isArray(given)) throw new AnswerMismatchError(`${where}: se espera una lista de opciones.`);
      const known = new Set(question.options.map((option) => option.id));
      const unknown = given.find((id) => !known.has(id));
      if (unknown !== undefined) throw new AnswerMismatchError(`${where}: la opción «${unknown}» no es de esta pregunta.`);
      if (new Set(given).size !== given.length) throw new AnswerMismatchError(`${where}: hay opciones repetidas.`);
      return given.length ? given : null;
    }
    case 'ordering': {
      if (!Array.isArray(given)) throw new AnswerMismatchError(`${where}: se espera la lista de pasos en orden.`);
      const items = question.items.map((item) => item.id);
      const isPermutation = given.length === items.length && new Set(given).size === given.length && items.every((id) => given.includes(id));
      if (!isPermutation) throw new AnswerMismatchError(`${where}: el orden debe contener cada paso exactamente una vez.`);
      return given;
    }
    case 'numeric': {
      if (typeof given !== 'string') throw new AnswerMismatchError(`${where}: se espera un número escrito como texto.`);
      return given.trim() ? given : null;
    }
  }
}

/**
 * The submitted answers checked against the attempt's own questions: every id must be one of
 * them, and each answer must have its question's shape and use only its options. Anything
 * else is a forged or stale request, refused whole so nothing half-checked is graded.
 */
export function checkAnswers(questions: readonly PublicQuestion[], answers: Record<string, GivenAnswer>): Map<string, GivenAnswer> {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const checked = new Map<string, GivenAnswer>();
  for (const [id, given] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) throw new AnswerMismatchError(`La pregunta «${id}» no forma parte de este intento.`);
    checked.set(id, checkOne(question, given));
  }
  return checked;
}
