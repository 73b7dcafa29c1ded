import { Children, isValidElement, type ReactNode } from 'react';

export interface QuestionParts {
  /** Everything that is neither an option nor the explanation: the question itself. */
  prompt: ReactNode[];
  options: { content: ReactNode; correct: boolean }[];
  explanation: ReactNode | null;
}

interface Markers {
  option: unknown;
  explanation: unknown;
}

type Props = { children?: ReactNode; correcta?: boolean };

/**
 * Splits a `<PrediceYComprueba>`'s MDX children into prompt, options and explanation.
 * MDX wraps `<Opcion>…</Opcion>` written on one line in a paragraph, so paragraphs holding
 * markers are looked into.
 */
export function collectQuestionParts(children: ReactNode, markers: Markers): QuestionParts {
  const parts: QuestionParts = { prompt: [], options: [], explanation: null };
  const holdsMarker = (node: ReactNode): boolean =>
    isValidElement<Props>(node) &&
    (node.type === markers.option || node.type === markers.explanation || (typeof node.type === 'string' && Children.toArray(node.props.children).some(holdsMarker)));

  const visit = (node: ReactNode) => {
    if (!isValidElement<Props>(node)) {
      if (typeof node !== 'string' || node.trim() !== '') parts.prompt.push(node);
    } else if (node.type === markers.option) {
      parts.options.push({ content: node.props.children, correct: node.props.correcta === true });
    } else if (node.type === markers.explanation) {
      parts.explanation = node.props.children;
    } else if (typeof node.type === 'string' && holdsMarker(node)) {
      Children.forEach(node.props.children, visit);
    } else {
      parts.prompt.push(node);
    }
  };
  Children.toArray(children).forEach(visit);
  return parts;
}
