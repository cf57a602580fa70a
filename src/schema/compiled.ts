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
  /** The earlier reports this seed credits for the claim (claim origin ∩ seed relays). */
  via: string[];
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
  direction: "up" | "down" | null;
  comparison: { from: string | null; to: string | null; label: string } | null;
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
  /** Reports the claim originally comes from, and which seeds relay each. */
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
  actors: { id: string; name: string }[];
  origin: string[];
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
  title: string;
  outlet: { name: string; basis: string };
  language: { original: string; translation: "no" | "likely" | "unknown"; basis: string };
  published: { from: string; to: string; label: string; basis: string };
  relays: ({ report: string; quote: string } & TextRange)[];
  notes: ({ kind: "source-error"; text: string; quote: string } & TextRange)[];
  ignore: (IgnoredSpan & TextRange)[];
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

export interface ExportDeclineRow {
  claim: string;
  label: string;
  role: "category" | "total";
  /** Each version the articles give; two or more when they disagree. */
  variants: {
    value: string;
    signed: number;
    qualifier: Qualifier;
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

export interface LedgerRow {
  claim: string;
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
  caveats: string[];
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
  claims: number;
  citations: number;
  seeds: number;
  sourcesPerClaim: { min: number; median: number; max: number; single: string[] };
  conflicts: Conflict[];
  coverage: { mentions: number; used: number; ignored: number; excluded: number; uncovered: CoverageMention[] };
}
