import { z } from "zod";
import { contentFile } from "./locale.ts";
import { loadCopy } from "./loadCopy.ts";
import { plural, text } from "./interfaceCopy.ts";

/** The sources page's words in the selected locale (src/content/sources-page.yaml for English). */
export const SOURCES_PAGE_FILE = contentFile("sources-page.yaml");

const kinds = z.strictObject({ figure: text, event: text, statement: text, context: text });

export const sourcesPageCopy = z.strictObject({
  title: text,
  description: text,
  heading: text,
  dek: text,
  nav: z.strictObject({
    articles: text,
    corroboration: text,
    disagreements: text,
    sentences: text,
    claims: text,
    leftOut: text,
    method: text,
  }),
  matrix: z.strictObject({ caption: text, label: text, description: text, article: text, none: text, relay: text }),
  sentences: z.strictObject({ intro: text, framing: text }),
  method: z.array(z.strictObject({ title: text, text })),
  cite: text,
  downloads: text,
  dataset: z.strictObject({ name: text, description: text }),
  back: text,
  onThisPage: text,
  matrixCredits: text,
  reading: z.strictObject({ title: text, widest: text, single: text }),
  disagree: z.strictObject({
    value: text,
    wording: text,
    naming: text,
    claim: text,
    otherCause: text,
    sourceError: text,
    resting: text,
  }),
  kinds,
  coverage: text,
  coverageVerb: plural,
  passages: text,
  ignoredHeading: text,
  ignoredItem: text,
  ignoreKinds: z.strictObject({ clutter: text, advert: text, unrelated: text }),
  ignoredTo: text,
  excludedItem: text,
  methodHeading: text,
  citeLine: text,
  // A chart's files are described by its title, so a new chart needs no words here.
  downloadFiles: z.strictObject({ claims: text, sources: text, report: text, chart: text }),
  seed: z.strictObject({
    outlet: text,
    unknown: text,
    language: text,
    languageLine: text,
    translation: z.strictObject({ no: text, likely: text, unknown: text }),
    published: text,
    publishedLine: text,
    relays: text,
    noSource: text,
    supports: text,
    claims: plural,
    readText: text,
    plainText: text,
  }),
  claim: z.strictObject({
    values: plural,
    date: text,
    precision: text,
    kinds,
    reportedBy: text,
    namedBy: text,
  }),
  article: z.strictObject({
    title: text,
    description: text,
    back: text,
    story: text,
    outlet: text,
    unknownOutlet: text,
    noDate: text,
    reproduced: text,
    marked: text,
    markedTail: text,
    struck: text,
    struckTail: text,
    plainText: text,
  }),
});

/**
 * Sentences that describe counts the page computes from data/ ("rest on a single article"):
 * their number and strong words are read off those counts, not typed facts, so the word rules
 * skip them. Every other field is checked.
 */
const UNCHECKED = ["reading.widest", "reading.single"];

export type SourcesPageCopy = z.infer<typeof sourcesPageCopy>;

/** The sources page's words, checked. */
export function readSourcesPageCopy(root = process.cwd()): SourcesPageCopy {
  return loadCopy(`${root}/${SOURCES_PAGE_FILE}`, sourcesPageCopy, UNCHECKED, root);
}
