import { z } from "zod";
import { isoDay } from "./date.ts";
import { kebabId, seedId } from "./ids.ts";

/** An earlier report that the articles name: the WSJ, official trade data, a speech... */
export const report = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  description: z.string().min(1),
});

/** A stretch of page clutter, an advert or an unrelated article, from `from` to the end of `to`. */
export const ignoredSpan = z.strictObject({
  kind: z.enum(["clutter", "advert", "unrelated"]),
  reason: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
});

/** Metadata for one verbatim article in seeds/. */
export const seed = z.strictObject({
  id: seedId,
  file: z.string().regex(/^[\w.-]+\.txt$/, "expected a .txt file name in seeds/"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected a hex sha256"),
  // The article's own headline, verbatim (the compiler finds it in the text); omitted when it has none.
  headline: z.string().min(1).optional(),
  outlet: z.strictObject({
    name: z.string().min(1),
    basis: z.string().min(1),
    // How a credit line names the outlet where the name alone would say more than the text
    // (a site that appears to republish another's item); the name when omitted.
    credit: z.string().min(1).optional(),
    quotes: z.array(z.string().min(1)),
  }),
  language: z.strictObject({
    original: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"),
    translation: z.enum(["no", "likely", "unknown"]),
    basis: z.string().min(1),
  }),
  published: z
    .strictObject({ from: isoDay, to: isoDay, label: z.string().min(1), basis: z.string().min(1) })
    .refine((p) => p.from <= p.to, { message: "`from` must not be after `to`", path: ["to"] }),
  // `quote` is where the article names the report; `as`, the name as the article spells it,
  // is what a credit line prints, and must stand inside `quote`.
  relays: z.array(
    z
      .strictObject({
        report: kebabId,
        quote: z.string().min(1),
        as: z.string().min(1),
        // What the relayed report itself cites, in the article's words ("Liberty Times Net citing
        // the latest Chinese official trade data"), so a credit says the source is second-hand.
        cites: z.string().min(1).optional(),
      })
      .refine((r) => r.quote.toLowerCase().includes(r.as.toLowerCase()), {
        message: "`as` must be words of `quote`",
        path: ["as"],
      })
      .refine((r) => !r.cites || r.quote.toLowerCase().includes(r.cites.toLowerCase()), {
        message: "`cites` must be words of `quote`",
        path: ["cites"],
      }),
  ),
  notes: z.array(z.strictObject({ kind: z.enum(["source-error"]), text: z.string().min(1), quote: z.string().min(1) })),
  ignore: z.array(ignoredSpan),
  // Newsworthy passages the story does not use, each with the reason; the sources page lists them.
  leftOut: z.array(z.strictObject({ quote: z.string().min(1), reason: z.string().min(1) })).default([]),
});

export type Report = z.infer<typeof report>;
export type IgnoredSpan = z.infer<typeof ignoredSpan>;
export type Seed = z.infer<typeof seed>;
