// One formatter each for article lists and credit lines, so every page, image and download
// words sources the same way. The words are the locale's (interface.yaml's `credit`): pages set
// them through src/content/ui.ts, the story's script from its boot JSON. Until then they are
// English, for the compile step, which writes data/ in English.
import type { CreditWords, Plural } from "../content/interfaceCopy.ts";

let words: CreditWords = {
  articles: { one: "article {list}", other: "articles {list}" },
  noSource: "article {seed}, which does not say where this comes from",
  citing: "article {seed}, citing {reports}",
  namesNoReport: "article {seed}, which names no report",
  partly: " for some facts and no report for others",
  sources: "Sources: {parts}",
  versus: " against ",
  articleHeadline: "Article {seed}: {headline}",
  articleNoHeadline: "Article {seed} (no headline in the text)",
  unnamedOutlets: { one: "{articles} does not name its outlet", other: "{articles} do not name their outlet" },
};
let intl = "en-GB";

/** Words every later call uses: the locale's, from interface.yaml, and its Intl locale. */
export function useCreditWords(next: CreditWords, locale: string): void {
  words = next;
  intl = locale;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
const pick = (forms: Plural, count: number) => forms[new Intl.PluralRules(intl).select(count) as keyof Plural] ?? forms.other;
const and = (items: string[]) => new Intl.ListFormat(intl, { type: "conjunction" }).format(items);

/** "article 002", "articles 001 and 003", "articles 000, 001 and 004". */
export function articleList(seeds: readonly string[]): string {
  const sorted = [...seeds].sort();
  return fill(pick(words.articles, sorted.length), { list: and(sorted) });
}

/** The credit an article gives one quote: the reports it names there, as it spells them. */
export function creditLine(seed: string, credits: readonly { as: string }[]): string {
  if (credits.length === 0) return fill(words.noSource, { seed });
  return fill(words.citing, { seed, reports: and([...new Set(credits.map((c) => c.as))]) });
}

interface Cited {
  seed: string;
  credits: readonly { as: string }[];
}

/**
 * A chart's or claim's source line, article by article: "Sources: article 000, citing a speech
 * from U.S. Commerce Secretary Gina Raimondo; article 002, citing official trade data for some
 * figures and naming no source for others; …".
 */
export function sourcesLine(citations: readonly Cited[]): string {
  const seeds = [...new Set(citations.map((c) => c.seed))].sort();
  const parts = seeds.map((seed) => {
    const own = citations.filter((c) => c.seed === seed);
    const named = [...new Set(own.flatMap((c) => c.credits.map((k) => k.as)))];
    if (named.length === 0) return fill(words.namesNoReport, { seed });
    const partly = own.some((c) => c.credits.length === 0);
    return fill(words.citing, { seed, reports: and(named) }) + (partly ? words.partly : "");
  });
  return fill(words.sources, { parts: parts.join("; ") });
}

/** The versions of a disputed figure, each with its articles: "60% (article 002) against …". */
export function versions(variants: readonly { display: string; seeds: readonly string[] }[]): string {
  return variants.map((v) => `${v.display} (${articleList(v.seeds)})`).join(words.versus);
}

/** "Article 000: US sanctions curb…", or "Article 001 (no headline in the text)". */
export function articleName(seed: { id: string; headline: string | null }): string {
  return seed.headline ? fill(words.articleHeadline, { seed: seed.id, headline: seed.headline }) : fill(words.articleNoHeadline, { seed: seed.id });
}

/** "Articles 001 and 003 do not name their outlet": said once, in a key, not on every quote. */
export function unnamedOutlets(seeds: readonly string[]): string {
  return fill(pick(words.unnamedOutlets, seeds.length), { articles: capitalize(articleList(seeds)) });
}

/** "article 003, …" at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(intl) + text.slice(1);
}
