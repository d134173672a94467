/**
 * Syntax highlighting for lesson code blocks, done once on the server with shiki. The browser
 * receives plain HTML with two colour sets (light and dark) as CSS variables, and no highlighter.
 */
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** The languages a lesson may name on a fence, with the grammar each one uses. */
const aliases: Record<string, string> = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  diff: 'diff',
  dockerfile: 'dockerfile',
  ini: 'ini',
  ts: 'typescript',
  typescript: 'typescript',
  text: 'text',
  txt: 'text',
  plaintext: 'text',
};

export const lightTheme = 'github-light-default';
export const darkTheme = 'github-dark-default';

let highlighter: Promise<HighlighterCore> | undefined;

function loadHighlighter(): Promise<HighlighterCore> {
  // The JavaScript regex engine avoids loading WebAssembly in the server bundle.
  highlighter ??= createHighlighterCore({
    themes: [
      import('shiki/themes/github-light-default.mjs'),
      import('shiki/themes/github-dark-default.mjs'),
    ],
    langs: [
      import('shiki/langs/bash.mjs'),
      import('shiki/langs/yaml.mjs'),
      import('shiki/langs/json.mjs'),
      import('shiki/langs/diff.mjs'),
      import('shiki/langs/dockerfile.mjs'),
      import('shiki/langs/ini.mjs'),
      import('shiki/langs/typescript.mjs'),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** The grammar for a fence's language name; a clear error names the ones that are supported. */
export function resolveLanguage(name: string | undefined): string {
  if (!name) return 'text';
  const grammar = aliases[name.toLowerCase()];
  if (!grammar) {
    const known = Object.keys(aliases).sort().join(', ');
    throw new Error(`code block language "${name}" is not supported; use one of: ${known}`);
  }
  return grammar;
}

/** HTML for one code block: a <pre class="shiki"> whose spans carry light and dark colours. */
export async function highlightCode(code: string, language: string | undefined): Promise<string> {
  const lang = resolveLanguage(language);
  const shiki = await loadHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: { light: lightTheme, dark: darkTheme },
    // No default colour: both sets stay as variables and globals.css picks one per theme.
    defaultColor: false,
  });
}
