import { z } from "zod";
import { citation } from "./citation.ts";
import { isoMonth } from "./date.ts";
import { kebabId } from "./ids.ts";

export const units = ["percent", "usd-billion", "years", "rank", "calendar-year"] as const;
export type Unit = (typeof units)[number];

/** How the articles hedge a number: "more than 40%", "almost two-thirds". */
export const qualifiers = ["exactly", "more-than", "almost"] as const;
export type Qualifier = (typeof qualifiers)[number];

const sourced = {
  id: kebabId,
  // A variant without a source cannot be shown: every value needs at least one citation.
  citations: z.array(citation).min(1, "every value needs at least one citation"),
};

/**
 * A number as one or more articles give it. Where articles disagree, each version is its
 * own value. `spelled` is the wording when the article uses words ("two-thirds", "second").
 */
export const numberValue = z.strictObject({
  ...sourced,
  type: z.literal("number"),
  number: z.number(),
  spelled: z.string().min(1).optional(),
  unit: z.enum(units),
  qualifier: z.enum(qualifiers),
  measure: z.enum(["change", "level", "share", "rank", "duration", "target"]),
  direction: z.enum(["up", "down"]).optional(),
  // What a change measures. "value" needs a quote that says so ("in value", a currency);
  // "unstated" when the articles do not say whether they count money or units.
  measured: z.enum(["value", "volume", "unstated"]).optional(),
  // The months compared, as YYYY-MM; every label that names them is derived from these.
  comparison: z.strictObject({ from: isoMonth, to: isoMonth }).optional(),
});

/** Words in quotation marks, as one translation renders them. */
export const quotationValue = z.strictObject({
  ...sourced,
  type: z.literal("quotation"),
  text: z.string().min(1),
});

export const claimValue = z.discriminatedUnion("type", [numberValue, quotationValue]);

export type NumberValue = z.infer<typeof numberValue>;
