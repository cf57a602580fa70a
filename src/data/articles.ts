// The five articles as the compiler cut them (data/articles.json). Kept apart from index.ts so
// that only the sources pages, which show the texts, load them.
import articlesJson from "../../data/articles.json";
import type { CompiledArticle } from "../schema/index.ts";
import { readData } from "./readData.ts";

const articles = readData("articles.json", articlesJson).articles;
const bySeed = new Map(articles.map((a) => [a.seed, a]));

/** The compiled article with this seed id; throws at build time for one data/ does not hold. */
export function article(seed: string): CompiledArticle {
  const found = bySeed.get(seed);
  if (!found) throw new Error(`No article "${seed}" in data/articles.json`);
  return found;
}

const texts = new Map(articles.map((a) => [a.seed, a.segments.map((s) => s.text).join("")]));

/** An article's verbatim text, byte for byte as in seeds/: its segments joined, once per build. */
export function articleText(seed: string): string {
  const text = texts.get(seed);
  if (text === undefined) throw new Error(`No article "${seed}" in data/articles.json`);
  return text;
}
