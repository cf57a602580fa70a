import { z } from "zod";

/** True when `iso` (YYYY-MM-DD) names a day that exists, so 2022-02-30 is rejected. */
export function isRealDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
  .refine(isRealDay, "no such day in the calendar");

export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM");

/** `text` is the date's wording in a cited quote; `basis` says how the date was inferred. */
const wording = {
  text: z.string().min(1).optional(),
  basis: z.string().min(1).optional(),
};

/**
 * A date as precise as the articles make it, never more. Imprecise dates keep their span:
 * `{ precision: "part-of-month", month: "2022-04", part: "late" }` is "late April 2022".
 */
export const claimDate = z.discriminatedUnion("precision", [
  z.strictObject({ precision: z.literal("day"), day: isoDay, ...wording }),
  z.strictObject({ precision: z.literal("month"), month: isoMonth, ...wording }),
  z.strictObject({
    precision: z.literal("part-of-month"),
    month: isoMonth,
    part: z.enum(["early", "mid", "late"]),
    ...wording,
  }),
  z
    .strictObject({
      precision: z.literal("approximate"),
      from: isoDay,
      to: isoDay,
      ...wording,
    })
    .refine((d) => d.from <= d.to, { message: "`from` must not be after `to`", path: ["to"] }),
  // The articles give no date at all; `basis` says what little is known.
  z.strictObject({ precision: z.literal("undated"), text: wording.text, basis: z.string().min(1) }),
]);

export type ClaimDate = z.infer<typeof claimDate>;
