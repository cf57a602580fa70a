/**
 * The shapes of the files in data/. The compiler writes them and the pages import them, so
 * both sides agree through these types.
 */
import type { ClaimKind, ChartId, ChartRole, Lane } from "./claim.ts";
import type { DatePrecision } from "./date.ts";
import type { Qualifier, Unit } from "./value.ts";
import type { IgnoredSpan } from "./source.ts";

/** Where a quote sits in its seed's verbatim text, as UTF-16 offsets [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

export interface CompiledCitation extends TextRange {
  seed: string;
  quote: string;
  /** The reports the article names in the quote's own sentence, as it spells them; empty when it names none. */
  credits: { report: string; as: string }[];
  /** How this quote words the number it supports ("nearly two-thirds"); null otherwise. */
  phrase: string | null;
}

export interface CompiledDate {
  precision: DatePrecision;
  /** How the page prints it: "10 May 2022", "late April 2022", "date not given". */
  label: string;
  /** First and last day the date may mean; null when the articles give no date. */
  start: string | null;
  end: string | null;
  text: string | null;
  basis: string | null;
}

interface CompiledValueBase {
  id: string;
  /** How the page prints the value: "more than 40%", "almost two-thirds", "$8.9bn". */
  display: string;
  seeds: string[];
  citations: CompiledCitation[];
}

export interface CompiledNumber extends CompiledValueBase {
  type: "number";
  number: number;
  /** Signed change for `measure: "change"` (a 40% fall is -40); otherwise the number. */
  signed: number;
  spelled: string | null;
  /** Each distinct wording in the quotes: ["almost two-thirds", "nearly two-thirds"]. */
  phrases: string[];
  unit: Unit;
  qualifier: Qualifier;
  measure: "change" | "level" | "share" | "rank" | "duration" | "target";
  /** What a change counts: money ("value"), units ("volume"), or not said. */
  measured: "value" | "volume" | "unstated" | null;
  direction: "up" | "down" | null;
  /** The months a change compares, as YYYY-MM; labels are derived from them, never typed. */
  comparison: { from: string; to: string } | null;
}

export interface CompiledQuotation extends CompiledValueBase {
  type: "quotation";
  text: string;
}

export type CompiledValue = CompiledNumber | CompiledQuotation;

export interface Corroboration {
  /** Every seed that cites the claim, sorted. */
  seeds: string[];
  count: number;
  /** The reports the articles credit for the claim, and which articles credit each. */
  origins: { report: string; seeds: string[] }[];
}

export interface Conflict {
  claim: string;
  /** "value": the numbers differ; "wording": same number or quotation, worded differently. */
  kind: "value" | "wording";
  summary: string;
  variants: { value: string; display: string; seeds: string[] }[];
}

export interface CompiledClaim {
  id: string;
  kind: ClaimKind;
  title: string;
  statement: string;
  /** True when a cited quote hedges ("reportedly", "according to"); the page must hedge too. */
  hedged: boolean;
  actors: { id: string; name: string }[];
  date: CompiledDate;
  timeline: Lane | null;
  charts: { chart: ChartId; label: string; role: ChartRole }[];
  citations: CompiledCitation[];
  values: CompiledValue[];
  corroboration: Corroboration;
  conflict: Conflict | null;
}

export interface CompiledSeed {
  id: string;
  file: string;
  sha256: string;
  /** The article's own headline, verbatim; null when the text has none. */
  headline: string | null;
  outlet: { name: string; basis: string };
  language: { original: string; translation: "no" | "likely" | "unknown"; basis: string };
  published: { from: string; to: string; label: string; basis: string };
  relays: ({ report: string; quote: string; as: string } & TextRange)[];
  notes: ({ kind: "source-error"; text: string; quote: string } & TextRange)[];
  ignore: (IgnoredSpan & TextRange)[];
  /** Newsworthy passages the story leaves out, with the reason. */
  leftOut: ({ quote: string; reason: string } & TextRange)[];
  /** Claims that cite this seed, sorted. */
  claims: string[];
}

export interface TimelineEvent {
  claim: string;
  title: string;
  kind: ClaimKind;
  lane: Lane;
  date: CompiledDate;
  seeds: string[];
}

/** A chart row's place: rows share an axis only when they share `scale`, and then their `basis`. */
interface Scaled {
  scale: string;
  /** What the figure measures and the periods it compares, in words. */
  basis: string;
}

export interface ExportDeclineRow extends Scaled {
  claim: string;
  label: string;
  role: "category" | "total";
  bases: string[];
  /** Quotes that name the row differently from its label ("telecommunications equipment"). */
  otherWordings: { seed: string; quote: string }[];
  /** Each version the articles give; two or more when they disagree. */
  variants: {
    value: string;
    signed: number;
    qualifier: Qualifier;
    /** The number in words when the articles give it so ("two-thirds"); `signed` is then only where to draw it. */
    spelled: string | null;
    display: string;
    /** The months compared, as YYYY-MM. */
    from: string | null;
    to: string | null;
    seeds: string[];
  }[];
  /** The smallest and largest change among the variants, for drawing a range. */
  low: number;
  high: number;
}

export interface LedgerRow extends Scaled {
  claim: string;
  qualifier: Qualifier;
  label: string;
  role: "exports" | "imports" | "share";
  value: string;
  signed: number;
  unit: Unit;
  display: string;
  comparison: string | null;
  seeds: string[];
}

export interface ChartData<Row> {
  id: ChartId;
  title: string;
  description: string;
  /** Context that must show wherever the chart does: on the page, in embeds, images and downloads. */
  caveats: { claim: string; title: string; statement: string }[];
  /** The words under each scale's axis, by scale id. */
  axes: Record<string, string>;
  rows: Row[];
}

export interface CoverageMention extends TextRange {
  seed: string;
  text: string;
  kind: "figure" | "date";
  status: "used" | "ignored" | "excluded" | "uncovered";
  /** The claims citing it, the ignored span's reason, or the exclusion's reason. */
  by: string[];
}

export interface CompileReport {
  /** Chart labels that some cited quotes word differently ("telecommunications equipment"). */
  namings: { claim: string; label: string; wordings: { seed: string; quote: string }[] }[];
  claims: number;
  citations: number;
  seeds: number;
  sourcesPerClaim: { min: number; median: number; max: number; single: string[] };
  conflicts: Conflict[];
  coverage: { mentions: number; used: number; ignored: number; excluded: number; uncovered: CoverageMention[] };
}
