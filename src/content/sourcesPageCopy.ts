import { z } from "zod";
import { loadCopy } from "./loadCopy.ts";

export const SOURCES_PAGE_FILE = "src/content/sources-page.yaml";

const text = z.string().min(1);

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
  matrix: z.strictObject({ caption: text, none: text, relay: text }),
  sentences: z.strictObject({ intro: text, framing: text }),
  method: z.array(z.strictObject({ title: text, text })),
  cite: text,
  downloads: text,
});

export type SourcesPageCopy = z.infer<typeof sourcesPageCopy>;

/** The sources page's words, checked. */
export function readSourcesPageCopy(root = process.cwd()): SourcesPageCopy {
  return loadCopy(`${root}/${SOURCES_PAGE_FILE}`, sourcesPageCopy);
}
