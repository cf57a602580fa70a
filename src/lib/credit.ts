// One formatter each for article lists and credit lines, so every page, image and download
// words sources the same way.

/** "article 002", "articles 001 and 003", "articles 000, 001 and 004". */
export function articleList(seeds: readonly string[]): string {
  const sorted = [...seeds].sort();
  const list = sorted.length > 1 ? `${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}` : (sorted[0] ?? "");
  return `article${sorted.length > 1 ? "s" : ""} ${list}`;
}

/** Where articles disagree: "60% (article 002) against almost two-thirds (articles 001 and 003)". */
export function disagreement(variants: readonly { display: string; seeds: readonly string[] }[]): string {
  return variants.map((v) => `${v.display} (${articleList(v.seeds)})`).join(" against ");
}

/** The credit an article gives one quote: the reports it names there, as it spells them. */
export function creditLine(seed: string, credits: readonly { as: string }[]): string {
  if (credits.length === 0) return `article ${seed}, which does not say where this comes from`;
  return `article ${seed}, citing ${[...new Set(credits.map((c) => c.as))].join(" and ")}`;
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
    if (named.length === 0) return `article ${seed}, which names no report`;
    const partly = own.some((c) => c.credits.length === 0);
    return `article ${seed}, citing ${named.join(" and ")}${partly ? " for some facts and no report for others" : ""}`;
  });
  return `Sources: ${parts.join("; ")}`;
}

/** The outlet an article names, or null where it names none (recorded as "unknown" in seeds/). */
export function outletName(seed: { outlet: { name: string } }): string | null {
  return seed.outlet.name === "unknown" ? null : seed.outlet.name;
}

/** "Article 000: US sanctions curb…", or "Article 001 (no headline in the text)". */
export function articleName(seed: { id: string; headline: string | null }): string {
  return seed.headline ? `Article ${seed.id}: ${seed.headline}` : `Article ${seed.id} (no headline in the text)`;
}

/** "article 003, …" at the start of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
