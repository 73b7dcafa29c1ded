import 'server-only';
import type { MDXRemoteProps } from 'next-mdx-remote/rsc';
import rehypeKatex from 'rehype-katex';
import { rehypeFocusableMath } from './rehype-focusable-math';
import rehypePrettyCode from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { ContentHeading } from '@/lib/schemas/content';
import { prettyCodeOptions } from './code-highlighter';
import { predictionGenerators } from './prediction-generators';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { remarkNoExpressions } from './remark-no-expressions';
import { remarkPredictionGenerators } from './remark-prediction-generators';

type SerializeOptions = NonNullable<MDXRemoteProps['options']>;

/**
 * How every lesson and page compiles. JavaScript in content is off (`blockJS`, and
 * remark-no-expressions makes any attempt an error); math becomes KaTeX HTML and code
 * becomes coloured HTML here, so the browser needs neither library.
 */
export function contentSerializeOptions(onHeadings: (headings: ContentHeading[]) => void): SerializeOptions {
  return {
    blockJS: true,
    blockDangerousJS: true,
    parseFrontmatter: false,
    mdxOptions: {
      remarkPlugins: [remarkNoExpressions, [remarkPredictionGenerators, { generators: predictionGenerators }], remarkGfm, remarkMath],
      // Ids first, while math is still source text; KaTeX before pretty-code so math never reaches Shiki.
      rehypePlugins: [[rehypeHeadingIds, { onHeadings }], rehypeKatex, rehypeFocusableMath, [rehypePrettyCode, prettyCodeOptions]],
    },
  };
}
