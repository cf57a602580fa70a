import { outletName } from "../lib/credit.ts";
import type { CompiledSeed } from "../schema/index.ts";

const organization = (name: string) => ({ "@type": "Organization", name }) as const;

function basedOn(seeds: CompiledSeed[]) {
  return seeds.map((s) => ({
    "@type": "NewsArticle",
    // Only what the article itself gives: its headline, if it has one, and a named outlet.
    ...(s.headline ? { headline: s.headline } : {}),
    ...(outletName(s) ? { publisher: { "@type": "Organization", name: outletName(s) } } : {}),
  }));
}

/** schema.org NewsArticle for the story. URLs are relative, so the markup works at any path. */
export function newsArticleJsonLd(title: string, description: string, seeds: CompiledSeed[], site: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: title,
    description,
    url: "./",
    author: organization(site),
    publisher: organization(site),
    isBasedOn: basedOn(seeds),
  };
}

/** schema.org Dataset for the downloads; `files` are paths under data/; its name and
 * description are the sources page's words. */
export function datasetJsonLd(
  seeds: CompiledSeed[],
  files: string[],
  site: string,
  words: { name: string; description: string },
) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    ...words,
    creator: organization(site),
    isBasedOn: basedOn(seeds),
    distribution: files.map((file) => ({
      "@type": "DataDownload",
      encodingFormat: file.endsWith(".csv") ? "text/csv" : "application/json",
      contentUrl: `../data/${file}`,
    })),
  };
}
