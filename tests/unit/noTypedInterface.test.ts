// Issue 12, point 7: the words a reader sees live in the locale's content files, never in code.
// The pseudo-locale browser test (tests/e2e/pseudoLocale.spec.ts) finds any English left on the
// built pages; this is its quick companion for editors: it reads the code itself for text
// between tags, literal labels (aria-label, title, alt) and sentence-like string literals.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../support/fixture.ts";

// Code whose words a reader sees: pages, components, embeds, the browser script, charts, formatters.
const DIRS = [
  "src/components",
  "src/layouts",
  "src/pages",
  "src/embed",
  "src/scrolly",
  "src/charts",
  "src/lib",
  "src/sources",
  "src/story",
];
// Messages for editors who break a content file, like the compiler's, are not the reader's.
const EDITORS = ["src/story/StoryError.ts"];

function files(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
      .map((e) => relative(projectRoot, join(e.parentPath, e.name)))
      .filter((f) => !EDITORS.includes(f)),
  );
}

// A word with a lowercase letter: file formats (CSV, PNG) are the same in every language.
const WORDS = /[A-Za-z]*[a-z][A-Za-z]*/;

/** The template with every {expression} blanked, braces matched, so only its literal text is left. */
function literalText(template: string): string {
  let depth = 0;
  let out = "";
  for (const c of template) {
    if (c === "{") depth++;
    if (depth === 0) out += c;
    else if (c === "\n") out += c;
    if (c === "}") {
      depth = Math.max(0, depth - 1);
      if (depth === 0) out += " ";
    }
  }
  return out;
}

/** Reader-facing English in one source file: template text, literal labels, sentence-like literals. */
export function typedWords(source: string, astro: boolean): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "");
  const found: string[] = [];
  const script = astro ? (code.match(/^---([\s\S]*?)\n---/)?.[1] ?? "") : code;
  if (astro) {
    // Code for editors to type (<code>?state=</code>) is not translated.
    const template = literalText(code.replace(/^---[\s\S]*?\n---/, "")).replace(
      /<code>[^<]*<\/code>/g,
      "<code></code>",
    );
    for (const [, text] of template.matchAll(/>([^<>]*)</g)) if (WORDS.test(text!)) found.push(text!.trim());
    for (const [, , text] of template.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g))
      if (WORDS.test(text!)) found.push(text!);
  }
  // A string literal that reads as a phrase: a word, a space, a word, and no code characters,
  // in a script or in a template's expressions (label={`Data table: ${caption}`}).
  // Messages for developers (console, errors) are not the reader's.
  const forReaders = (astro ? code : script).replace(/^.*\b(?:console\.\w+|Error)\(.*$/gm, "");
  for (const [, , literal] of forReaders.matchAll(/(["'`])((?:(?!\1)[^\\\n])*)\1/g)) {
    const text = literal!.replace(/\$\{[^}]*\}/g, "x");
    if (
      /^[A-Z]?[a-z]+,? (?:[A-Za-z’']+[,.:;]? ?)+$/.test(text) &&
      /[a-z]{2,}/.test(text.replace(/\bx\b/g, "")) &&
      // CSS values are code, as is the colour-scheme meta's "light dark".
      !/\b(?:px|var|rgb|sans-serif)\b|^light dark$/.test(text!)
    )
      found.push(text!);
  }
  // A literal label is found both as a label and as a literal: report it once.
  return [...new Set(found)];
}

describe("reader-facing code", () => {
  test("types no interface words: they come from src/content/ (interface.yaml, sources-page.yaml)", () => {
    const found = files().flatMap((file) =>
      typedWords(readFileSync(join(projectRoot, file), "utf8"), file.endsWith(".astro")).map((t) => `${file}: "${t}"`),
    );
    expect(found).toEqual([]);
  });

  test("finds text between tags, a literal label and a phrase in a literal", () => {
    expect(typedWords('---\n---\n<button aria-label="Close note">Close</button>', true)).toEqual([
      "Close",
      "Close note",
    ]);
    expect(typedWords('const label = "Download data";', false)).toEqual(["Download data"]);
    expect(typedWords("const said = `Step ${i} of ${n}.`;", false)).toEqual(["Step x of x."]);
    expect(typedWords("---\n---\n<T label={`Data table: ${t.caption}`} />", true)).toEqual(["Data table: x"]);
    expect(typedWords("<p>{ui.skipLink}</p>", true)).toEqual([]);
  });
});
