// "Nothing factual is typed by hand anywhere in src/": every prose-like string literal and every
// text node of an Astro template in the code that reaches a page is read with the truth check's
// word rules. Facts must come from content files through claim references, never from code.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { RULES } from "../../src/truth/lexicon.ts";
import { projectRoot } from "../support/fixture.ts";

// Code that never reaches a reader (the compiler's and input readers' messages, schemas, the truth
// check's own lists).
const SKIP = [
  "src/compile/",
  "src/io/",
  "src/schema/",
  "src/truth/",
  "src/story/parseText.ts",
  "src/story/loadStory.ts",
  "src/build/",
];

// Phrases that name a kind of date, not a date: the timeline key's words for a date's precision.
const TERMS = new Set(["a month, or part of one"]);

function files(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => relative(projectRoot, join(e.parentPath, e.name)))
    .filter((f) => !SKIP.some((s) => f.startsWith(s)));
}

/** Prose a reader could see: string literals with a space in them, and text between tags. */
function prose(source: string): string[] {
  const code = source.replace(/^\s*(\/\/|\*|\/\*).*$/gm, "");
  const literals = [...code.matchAll(/(["'`])((?:(?!\1)[^\\\n]|\\.)*\s(?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((m) => m[2]!);
  const texts = [...code.matchAll(/>([^<>{}]*[A-Za-z][^<>{}]*)</g)].map((m) => m[1]!);
  // Template placeholders and CSS, selectors or URLs are not prose.
  return [...literals, ...texts]
    .map((t) => t.replace(/\$\{[^}]*\}/g, " "))
    .filter((t) => /[a-z]{2,} [a-z]{2,}/i.test(t) && !/[;{}]|:\s*(var|#)|=>|\bimport\b/.test(t));
}

describe("reader-facing code", () => {
  test("types no figure, date, number word, time word or strong word", () => {
    const found: string[] = [];
    for (const file of [...files("src")]) {
      for (const text of prose(readFileSync(join(projectRoot, file), "utf8")).filter((t) => !TERMS.has(t.trim()))) {
        for (const rule of RULES) {
          if (rule.id === "quotation-mark" || rule.id === "digit") continue;
          const match = rule.pattern.exec(text);
          if (match) found.push(`${file}: "${match[0]}" (${rule.id}) in "${text.trim().slice(0, 90)}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
