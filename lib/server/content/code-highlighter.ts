import 'server-only';
import type { Options as PrettyCodeOptions } from 'rehype-pretty-code';
import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** Light and dark colours in one pass; globals.css picks one with prefers-color-scheme. */
// The high-contrast variants keep every token above WCAG AA's 4.5:1 on the page background.
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

// Shiki runs only here, on the server: its grammars and themes are bundled in the package
// (nothing is fetched) and the JavaScript regex engine needs no WebAssembly. The browser
// receives coloured HTML and no highlighter code.
const PRELOADED_LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'json', 'plaintext'];

export const prettyCodeOptions: PrettyCodeOptions = {
  theme: CODE_THEMES,
  keepBackground: false,
  defaultLang: { block: 'plaintext' },
  // A long line scrolls the block sideways; keyboard users must be able to focus it to scroll.
  transformers: [
    {
      pre(node) {
        node.properties.tabindex = 0;
      },
    },
  ],
  getHighlighter: (options) =>
    createHighlighter({
      ...options,
      langs: [...options.langs, ...PRELOADED_LANGUAGES],
      engine: createJavaScriptRegexEngine(),
    }),
};
