// One formatter each for article lists and credit lines, so every page, image and download
// words sources the same way, in the locale's words (interface.yaml's `credit`; see words.ts).
import type { Plural } from "../content/interfaceCopy.ts";
import { fillIn, joinList, words as current } from "./words.ts";

const fill = fillIn;
const pick = (forms: Plural, count: number) =>
  forms[new Intl.PluralRules(current().intl).select(count) as keyof Plural] ?? forms.other;
const and = (items: readonly string[]) => joinList(items);

/** "article 002", "articles 001 and 003", "articles 000, 001 and 004". */
export function articleList(seeds: readonly string[]): string {
  const sorted = [...seeds].sort();
  return fill(pick(current().credit.articles, sorted.length), { list: and(sorted) });
}

type Worded = readonly { display: string; seeds: readonly string[] }[];

/** One figure in each article's words: "almost two-thirds (article 001) or nearly two-thirds (article 003)". */
export function wordedList(worded: Worded): string {
  return joinList(
    worded.map((w) => `${w.display} (${articleList(w.seeds)})`),
    "disjunction",
  );
}

/**
 * Where articles give different figures: "60% (article 002); almost two-thirds (article 001)
 * or nearly two-thirds (article 003)".
 */
export function disagreement(variants: readonly { worded: Worded }[]): string {
  return variants.map((v) => wordedList(v.worded)).join(current().credit.versus);
}

type Credit = { as: string; cites?: string };

/** A credit as the page names it: "Liberty Times Net, which cites the latest … trade data". */
const named = (c: Credit) => (c.cites ? fill(current().credit.relaying, { report: c.as, cites: c.cites }) : c.as);

/**
 * The credit an article gives one quote: the reports it names there, as it spells them. Where it
 * names none there, `namedElsewhere` (the reports it names for other passages) is said too, so
 * a relay of one newspaper is not made to look unsourced (relaysBySeed names each report once).
 */
export function creditLine(seed: string, credits: readonly Credit[], namedElsewhere: readonly string[] = []): string {
  if (credits.length === 0)
    return namedElsewhere.length
      ? fill(current().credit.noSourceHere, { seed, reports: and(namedElsewhere) })
      : fill(current().credit.noSource, { seed });
  return fill(current().credit.citing, { seed, reports: and([...new Set(credits.map(named))]) });
}

interface Cited {
  seed: string;
  credits: readonly Credit[];
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
    const reports = [...new Set(own.flatMap((c) => c.credits.map(named)))];
    if (reports.length === 0) return fill(current().credit.namesNoReport, { seed });
    const partly = own.some((c) => c.credits.length === 0);
    return fill(current().credit.citing, { seed, reports: and(reports) }) + (partly ? current().credit.partly : "");
  });
  return fill(current().credit.sources, { parts: parts.join("; ") });
}

/** The outlet an article names, or null where it names none (recorded as "unknown" in seeds/). */
export function outletName(seed: { outlet: { name: string } }): string | null {
  return seed.outlet.name === "unknown" ? null : seed.outlet.name;
}

/** The outlet as a credit line names it, with its hedge ("…, apparently republishing …"), or null. */
export function outletCredit(seed: { outlet: { name: string; credit: string } }): string | null {
  return outletName(seed) && seed.outlet.credit;
}

/** "Article 000: US sanctions curb…", or "Article 001 (no headline in the text)". */
export function articleName(seed: { id: string; headline: string | null }): string {
  return seed.headline
    ? fill(current().credit.articleHeadline, { seed: seed.id, headline: seed.headline })
    : fill(current().credit.articleNoHeadline, { seed: seed.id });
}

/** "Articles 001 and 003 do not name their outlet": said once, in a key, not on every quote. */
export function unnamedOutlets(seeds: readonly string[]): string {
  return fill(pick(current().credit.unnamedOutlets, seeds.length), { articles: capitalize(articleList(seeds)) });
}

/** "article 003, …" at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(current().intl) + text.slice(1);
}
