import type { CompiledCitation } from "../schema/index.ts";

const STOP = new Set(["the", "of", "to", "a", "an", "and", "in", "on", "by", "for", "with", "from"]);

/** A word's stem for a loose match: "telecom" matches "telecommunications", "laptops" "laptop". */
function stem(word: string): string {
  const bare = word.toLowerCase().replace(/[’']s$/, "");
  return bare.slice(0, Math.max(4, bare.length - 3));
}

function contentWords(text: string): string[] {
  return (text.match(/[\p{L}’'-]+/gu) ?? []).filter((w) => !STOP.has(w.toLowerCase()));
}

/** The label's words that `quote` does not use. */
export function wordsMissing(label: string, quote: string): string[] {
  const quoted = contentWords(quote).map((w) => w.toLowerCase());
  return contentWords(label).filter((w) => !quoted.some((q) => q.startsWith(stem(w))));
}

/**
 * The quotes that name a chart row differently from its label: the page shows them, as it shows
 * disputed figures. Returns null when no quote supports the label at all, which is an error.
 */
export function otherWordings(label: string, citations: CompiledCitation[]): { seed: string; quote: string }[] | null {
  const differing = citations.filter((c) => wordsMissing(label, c.quote).length > 0);
  if (differing.length === citations.length) return null;
  return differing.map(({ seed, quote }) => ({ seed, quote }));
}
