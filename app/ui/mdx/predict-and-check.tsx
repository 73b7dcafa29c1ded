import type { ReactNode } from 'react';
import { collectQuestionParts } from './collect-question-parts';
import { PredictAndCheckWidget, type PredictionQuestion } from './predict-and-check-widget';
import { ChoiceOption, Explanation } from './question-parts';
import { questionId } from './question-id';

/** MDX props are text (content carries no JavaScript), so numbers arrive as strings. */
interface PredictAndCheckProps {
  /** Question text; may also be written as the element's children. */
  pregunta?: string;
  /** "opcion" (default when there are <Opcion>s) or "numero". */
  tipo?: string;
  /** Numeric questions: the right value, the digits asked for and the accepted error. */
  respuesta?: string;
  decimales?: string;
  tolerancia?: string;
  /** Shown after the number box: "unidades", "%"… */
  unidad?: string;
  children?: ReactNode;
}

function numericQuestion({ respuesta, decimales, tolerancia, unidad }: PredictAndCheckProps): PredictionQuestion {
  const answer = Number(respuesta);
  const decimals = decimales === undefined ? 2 : Number(decimales);
  const tolerance = tolerancia === undefined ? 0.5 * 10 ** -decimals : Number(tolerancia);
  if (respuesta === undefined || !Number.isFinite(answer)) throw new Error('<PrediceYComprueba tipo="numero"> necesita respuesta="…" (o generador="…")');
  if (!Number.isInteger(decimals) || decimals < 0 || !(tolerance >= 0)) throw new Error('<PrediceYComprueba>: decimales o tolerancia no válidos');
  return { kind: 'number', answer, decimals, tolerance, unit: unidad };
}

/**
 * Server half of a "predict and check" question: reads the MDX (inline props and children,
 * or props filled in by a generator at compile time, see the prediction-generators registry of the content pipeline)
 * and hands plain data to the client widget. A malformed question fails the build.
 *
 *   <PrediceYComprueba pregunta="¿Qué pasa con L si…?">
 *     <Opcion>Sube</Opcion>
 *     <Opcion correcta>Baja</Opcion>
 *     <Explicacion>Porque…</Explicacion>
 *   </PrediceYComprueba>
 */
export function PredictAndCheck(props: PredictAndCheckProps) {
  const parts = collectQuestionParts(props.children, { option: ChoiceOption, explanation: Explanation });
  if (parts.explanation === null) throw new Error('<PrediceYComprueba> necesita una <Explicacion>');
  const prompt = [...(props.pregunta ? [<p key="pregunta">{props.pregunta}</p>] : []), ...parts.prompt];
  if (prompt.length === 0) throw new Error('<PrediceYComprueba> necesita una pregunta');

  const kind = props.tipo ?? (parts.options.length > 0 ? 'opcion' : 'numero');
  let question: PredictionQuestion;
  if (kind === 'numero') {
    question = numericQuestion(props);
  } else if (kind === 'opcion') {
    const correct = parts.options.filter((option) => option.correct);
    if (parts.options.length < 2 || correct.length !== 1) throw new Error('<PrediceYComprueba> necesita dos o más <Opcion> y exactamente una correcta');
    question = { kind: 'choice', options: parts.options.map((option) => option.content), correctIndex: parts.options.findIndex((option) => option.correct) };
  } else {
    throw new Error(`<PrediceYComprueba tipo="${kind}">: el tipo debe ser opcion o numero`);
  }
  const id = questionId([props.pregunta, kind, props.respuesta, parts.options.length].join('|'));
  return <PredictAndCheckWidget questionId={id} prompt={prompt} explanation={parts.explanation} question={question} />;
}
