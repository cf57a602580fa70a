import { z } from "zod";
import { kebabId } from "./ids.ts";
import { citation } from "./citation.ts";
import { claimDate } from "./date.ts";
import { claimValue } from "./value.ts";

export const claimKinds = ["figure", "event", "statement", "context"] as const;

/** Timeline lanes, top to bottom. */
export const lanes = ["companies", "beijing", "washington", "war-diplomacy"] as const;
export type Lane = (typeof lanes)[number];

/** The part a figure plays in a chart. Chart ids are those of src/charts/registry.ts, which the compiler checks. */
export const chartRoles = ["category", "total", "exports", "imports", "share"] as const;

/**
 * One fact the story may state. It cites the articles that give it, at the claim level for
 * the statement and at the value level for each number or quotation.
 *
 * @example
 * { id: "telecom-decline", kind: "figure", title: "Telecom base stations", statement: "...",
 *   actors: ["china"], date: { precision: "month", month: "2022-03" },
 *   values: [{ id: "ninety-eight", type: "number", number: 98, unit: "percent", ... }] }
 */
export const claim = z
  .strictObject({
    id: kebabId,
    kind: z.enum(claimKinds),
    title: z.string().min(1),
    statement: z.string().min(1),
    actors: z.array(kebabId).min(1),
    date: claimDate,
    timeline: z.enum(lanes).optional(),
    charts: z.array(z.strictObject({ chart: kebabId, label: z.string().min(1), role: z.enum(chartRoles) })).default([]),
    citations: z.array(citation).default([]),
    values: z.array(claimValue).default([]),
  })
  .refine((c) => c.citations.length > 0 || c.values.length > 0, {
    message: "a claim needs citations, or values that carry them",
    path: ["citations"],
  })
  .refine((c) => c.kind !== "figure" || c.values.some((v) => v.type === "number"), {
    message: "a figure needs at least one number value",
    path: ["values"],
  });

export type Claim = z.infer<typeof claim>;
export type ClaimInput = z.input<typeof claim>;
