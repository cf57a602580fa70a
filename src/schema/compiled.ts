/**
 * The shapes of the files in data/, as zod schemas with their types inferred. The compiler
 * writes these shapes and the pages read data/ through the schemas (src/data/index.ts), so a
 * file that drifts from them fails the build with its path and field, instead of being cast.
 */
import { z } from "zod";
import { chartRoles, claimKinds, lanes } from "./claim.ts";
import { ignoredSpan } from "./source.ts";
import { qualifiers, units } from "./value.ts";

const text = z.string();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** Where a quote sits in its seed's verbatim text, as UTF-16 offsets [start, end). */
export const textRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof textRange>;

export const compiledCitation = textRange.extend({
  seed: text,
  quote: text,
  /** The reports the article names in the quote's own sentence, as it spells them; empty when it names none. */
  credits: z.array(z.object({ report: text, as: text, cites: text.optional() })),
  /** How this quote words the number it supports ("nearly two-thirds"); null otherwise. */
  phrase: nullable(text),
});
export type CompiledCitation = z.infer<typeof compiledCitation>;

export const compiledDate = z.object({
  precision: z.enum(["day", "month", "part-of-month", "approximate", "undated"]),
  /** How the page prints it: "10 May 2022", "late April 2022", "date not given". */
  label: text,
  /** First and last day the date may mean; null when the articles give no date. */
  start: nullable(text),
  end: nullable(text),
  text: nullable(text),
  basis: nullable(text),
});
export type CompiledDate = z.infer<typeof compiledDate>;

/** One wording of a figure and the articles that use it: "nearly two-thirds", ["003"]. */
const worded = z.object({ display: text, seeds: z.array(text) });

const valueBase = {
  id: text,
  /** How the page prints the value: "more than 40%", "almost two-thirds", "$8.9bn". */
  display: text,
  seeds: z.array(text),
  /** The value in each article's words, with who uses them (formatValue.ts `wordings`). */
  worded: z.array(worded),
  citations: z.array(compiledCitation),
};

export const compiledNumber = z.object({
  ...valueBase,
  type: z.literal("number"),
  number: z.number(),
  /** Signed change for `measure: "change"` (a 40% fall is -40); otherwise the number. */
  signed: z.number(),
  spelled: nullable(text),
  unit: z.enum(units),
  qualifier: z.enum(qualifiers),
  measure: z.enum(["change", "level", "share", "rank", "duration", "target"]),
  /** What a change counts: money ("value"), units ("volume"), or not said. */
  measured: nullable(z.enum(["value", "volume", "unstated"])),
  direction: nullable(z.enum(["up", "down"])),
  /** The months a change compares, as YYYY-MM; labels are derived from them, never typed. */
  comparison: nullable(z.object({ from: text, to: text })),
});
export type CompiledNumber = z.infer<typeof compiledNumber>;

export const compiledQuotation = z.object({ ...valueBase, type: z.literal("quotation"), text });

export const compiledValue = z.discriminatedUnion("type", [compiledNumber, compiledQuotation]);
export type CompiledValue = z.infer<typeof compiledValue>;

export const corroboration = z.object({
  /** Every seed that cites the claim, sorted. */
  seeds: z.array(text),
  count: z.number().int(),
  /** The reports the articles credit for the claim, and which articles credit each. */
  origins: z.array(z.object({ report: text, seeds: z.array(text) })),
});
export type Corroboration = z.infer<typeof corroboration>;

export const conflict = z.object({
  claim: text,
  /** "value": the numbers differ; "wording": same number or quotation, worded differently. */
  kind: z.enum(["value", "wording"]),
  summary: text,
  variants: z.array(z.object({ value: text, display: text, seeds: z.array(text), worded: z.array(worded) })),
});
export type Conflict = z.infer<typeof conflict>;

export const compiledClaim = z.object({
  id: text,
  kind: z.enum(claimKinds),
  title: text,
  statement: text,
  /** True when a cited quote hedges ("reportedly", "according to"); the page must hedge too. */
  hedged: z.boolean(),
  actors: z.array(z.object({ id: text, name: text })),
  date: compiledDate,
  timeline: nullable(z.enum(lanes)),
  charts: z.array(z.object({ chart: text, label: text, role: z.enum(chartRoles) })),
  citations: z.array(compiledCitation),
  values: z.array(compiledValue),
  corroboration,
  conflict: nullable(conflict),
});
export type CompiledClaim = z.infer<typeof compiledClaim>;

export const compiledSeed = z.object({
  id: text,
  file: text,
  sha256: text,
  /** The article's own headline, verbatim; null when the text has none. */
  headline: nullable(text),
  /** `credit`: the outlet as credit lines name it, hedge included (the name when there is none). */
  outlet: z.object({ name: text, basis: text, credit: text }),
  language: z.object({ original: text, translation: z.enum(["no", "likely", "unknown"]), basis: text }),
  published: z.object({ from: text, to: text, label: text, basis: text }),
  relays: z.array(textRange.extend({ report: text, quote: text, as: text, cites: text.optional() })),
  notes: z.array(textRange.extend({ kind: z.literal("source-error"), text, quote: text })),
  ignore: z.array(textRange.extend(ignoredSpan.shape)),
  /** Newsworthy passages the story leaves out, with the reason. */
  leftOut: z.array(textRange.extend({ quote: text, reason: text })),
  /** Claims that cite this seed, sorted. */
  claims: z.array(text),
});
export type CompiledSeed = z.infer<typeof compiledSeed>;

export const timelineEvent = z.object({
  claim: text,
  title: text,
  kind: z.enum(claimKinds),
  lane: z.enum(lanes),
  date: compiledDate,
  seeds: z.array(text),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

/** A chart row's place: rows share an axis only when they share `scale`, and then their `basis`. */
const scaled = {
  scale: text,
  /** What the figure measures and the periods it compares, in words. */
  basis: text,
};

export const exportDeclineRow = z.object({
  ...scaled,
  claim: text,
  label: text,
  role: z.enum(["category", "total"]),
  bases: z.array(text),
  /** Quotes that name the row differently from its label ("telecommunications equipment"). */
  otherWordings: z.array(z.object({ seed: text, quote: text })),
  /** Each version the articles give; two or more when they disagree. */
  variants: z.array(
    z.object({
      value: text,
      signed: z.number(),
      qualifier: z.enum(qualifiers),
      /** The number in words when the articles give it so ("two-thirds"); `signed` is then only where to draw it. */
      spelled: nullable(text),
      display: text,
      worded: z.array(worded),
      /** The months compared, as YYYY-MM. */
      from: nullable(text),
      to: nullable(text),
      seeds: z.array(text),
    }),
  ),
  /** The smallest and largest change among the variants, for drawing a range. */
  low: z.number(),
  high: z.number(),
});
export type ExportDeclineRow = z.infer<typeof exportDeclineRow>;

export const ledgerRow = z.object({
  ...scaled,
  claim: text,
  qualifier: z.enum(qualifiers),
  label: text,
  role: z.enum(["exports", "imports", "share"]),
  value: text,
  signed: z.number(),
  unit: z.enum(units),
  display: text,
  comparison: nullable(text),
  seeds: z.array(text),
});
export type LedgerRow = z.infer<typeof ledgerRow>;

export const chartMeta = z.object({
  id: text,
  title: text,
  description: text,
  /** Context that must show wherever the chart does: on the page, in embeds, images and downloads. */
  caveats: z.array(z.object({ claim: text, title: text, statement: text })),
  /** The words under each scale's axis, by scale id. */
  axes: z.record(text, text),
});

export const exportDeclinesFile = chartMeta.extend({ rows: z.array(exportDeclineRow) });
export const otherLedgerFile = chartMeta.extend({ rows: z.array(ledgerRow) });
export const timelineFile = z.object({
  lanes: z.array(z.object({ id: z.enum(lanes), label: text })),
  events: z.array(timelineEvent),
});

export const coverageMention = textRange.extend({
  seed: text,
  text,
  kind: z.enum(["figure", "date"]),
  status: z.enum(["used", "ignored", "excluded", "uncovered"]),
  /** The claims citing it, the ignored span's reason, or the exclusion's reason. */
  by: z.array(text),
});
export type CoverageMention = z.infer<typeof coverageMention>;

export const compileReport = z.object({
  claims: z.number().int(),
  citations: z.number().int(),
  seeds: z.number().int(),
  sourcesPerClaim: z.object({ min: z.number(), median: z.number(), max: z.number(), single: z.array(text) }),
  conflicts: z.array(conflict),
  /** Chart labels that some cited quotes word differently ("telecommunications equipment"). */
  namings: z.array(z.object({ claim: text, label: text, wordings: z.array(z.object({ seed: text, quote: text })) })),
  coverage: z.object({
    mentions: z.number().int(),
    used: z.number().int(),
    ignored: z.number().int(),
    excluded: z.number().int(),
    uncovered: z.array(coverageMention),
  }),
});
export type CompileReport = z.infer<typeof compileReport>;

/**
 * One stretch of an article's verbatim text, cut at every start and end of a quote or an
 * ignored span, so the sources page marks each quote and gives each a link target.
 */
export const articleSegment = z.object({
  text,
  /** The claims whose quotes cover this stretch; empty if none. */
  claims: z.array(text),
  /** Why this stretch is ignored ("advert: …"), or null. */
  ignored: nullable(text),
  /** The citations that start here: their anchor ids and claims. */
  anchors: z.array(z.object({ id: text, claim: text })),
});

/** Each article as the sources page prints it; its segments joined are its text, byte for byte. */
export const compiledArticle = z.object({ seed: text, file: text, segments: z.array(articleSegment) });
export type CompiledArticle = z.infer<typeof compiledArticle>;

/**
 * The files in data/, by path, each with its schema; each chart's file (data/charts/) has its
 * own schema, in its folder (src/charts/registry.ts).
 */
export const dataFiles = {
  "claims.json": z.object({ claims: z.array(compiledClaim) }),
  "sources.json": z.object({
    reports: z.array(z.object({ id: text, name: text, description: text })),
    seeds: z.array(compiledSeed),
  }),
  "report.json": compileReport.extend({ mentions: z.array(coverageMention) }),
  "articles.json": z.object({ articles: z.array(compiledArticle) }),
} as const;
