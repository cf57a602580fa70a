import { outletName } from "../lib/credit.ts";
import type { CompiledSeed } from "../schema/index.ts";

const ORGANIZATION = { "@type": "Organization", name: "Quiet Exit" } as const;

function basedOn(seeds: CompiledSeed[]) {
  return seeds.map((s) => ({
    "@type": "NewsArticle",
    // Only what the article itself gives: its headline, if it has one, and a named outlet.
    ...(s.headline ? { headline: s.headline } : {}),
    ...(outletName(s) ? { publisher: { "@type": "Organization", name: outletName(s) } } : {}),
  }));
}

/** schema.org NewsArticle for the story. URLs are relative, so the markup works at any path. */
export function newsArticleJsonLd(title: string, description: string, seeds: CompiledSeed[]) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: title,
    description,
    url: "./",
    author: ORGANIZATION,
    publisher: ORGANIZATION,
    isBasedOn: basedOn(seeds),
  };
}

/** schema.org Dataset for the downloads; `files` are paths under data/. */
export function datasetJsonLd(seeds: CompiledSeed[], files: string[]) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: "Quiet Exit: sourced claims about Chinese tech companies cutting their business with Russia",
    description:
      "The facts of the Quiet Exit explainer as claims with exact quotes from news articles, the reports each article credits, corroboration across the articles, conflicts, and the data behind each chart.",
    creator: ORGANIZATION,
    isBasedOn: basedOn(seeds),
    distribution: files.map((file) => ({
      "@type": "DataDownload",
      encodingFormat: file.endsWith(".csv") ? "text/csv" : "application/json",
      contentUrl: `../data/${file}`,
    })),
  };
}
