// What a chart is: everything about it lives in its folder, src/charts/<id>/, as two halves.
// The drawing (draw.ts) is pure and small, so the browser can carry it; the build half
// (build.ts: zod schemas, the table, the compile step's shaping) never reaches the browser
// (src/build/classicScript.ts leaves it out). src/charts/registry.ts lists the charts.
import { fillIn, words } from "../lib/words.ts";
import type { z } from "zod";
import type { CompiledClaim, CompiledCitation, CompiledNumber } from "../schema/index.ts";
import type { Scene, Size } from "./scene.ts";
import type { ChartTable } from "./table.ts";

export interface Caveat {
  claim: string;
  title: string;
  statement: string;
}

/** The drawing: a pure function of (data, state, size), and the words for it. */
export interface Drawing<Id extends string, Data, State> {
  id: Id;
  /** "group" when the chart holds links a reader can reach (the timeline's events). */
  role: "img" | "group";
  /** The scene, whose `description` is `describe(data, state)`. */
  render(data: Data, state: State, size: Size): Scene;
  /** The text alternative: what the chart shows in this state, in words, caveats included. */
  describe(data: Data, state: State): string;
}

/** A chart's entry in seeds/charts.yaml, its references rendered to words. */
export interface ChartWords {
  title: string;
  description: string;
  caveats: Caveat[];
  /** The words under each scale's axis, by scale id. */
  axes: Record<string, string>;
}

/** What the compiler hands a chart to shape its file in data/charts/ (charts never import src/compile). */
export interface ShapeInput {
  /** Every compiled claim, in the order the curated files list them. */
  claims: CompiledClaim[];
  /** The claims that name this chart in their `charts` field, with that entry, in the same order. */
  feeding: { claim: CompiledClaim; entry: CompiledClaim["charts"][number] }[];
  /** The chart's entry in seeds/charts.yaml; null for a chart whose words are its own (`words`). */
  spec: (ChartWords & { id: string }) | null;
  /** What a number is measured against; two rows share a scale only if this agrees. */
  basisOf(n: CompiledNumber): string;
  /** Quotes that word a label differently; null when none supports it. */
  otherWordings(label: string, citations: CompiledCitation[]): { seed: string; quote: string }[] | null;
}

/** A scale the compiler checks: rows share one only when their basis agrees, and each has an axis title. */
export interface ScaledRow {
  claim: string;
  scale: string;
  basis: string;
  bases?: string[];
}

/** The build half: schemas, the compile step's shaping, the one table, the caveats. */
export interface ChartBuild<Data, State, File> {
  /** A story step's state for this chart (src/content/story.yaml), checked by the story's loader. */
  state: z.ZodType<State>;
  /** The chart's file in data/charts/<id>.json, read through this schema. */
  file: z.ZodType<File>;
  /** The file, from compiled claims only, so a chart cannot show an unsourced number. */
  shape(input: ShapeInput): File;
  /** What the drawing needs, from the file. */
  inputs(file: File): Data;
  /** Its data as one table: the CSV, the JSON download and the HTML data table all come from it. */
  rows(data: Data): ChartTable;
  /** Shown on the chart in every state, and carried by every download. */
  caveats(data: Data): Caveat[];
  /** Title and description for a chart with no entry in seeds/charts.yaml, in the locale's words
   * (a function, as the locale's words are loaded after the registry). */
  words?: () => { title: string; description: string };
  /** Whether the chart draws this claim (its sources go under the chart); by default, claims whose `charts` name it. */
  draws?(claim: CompiledClaim): boolean;
  /** The claim ids a state names, the field they sit in, and the ids the chart knows. */
  refs?(state: State, data: Data): { field: string; ids: string[]; known: string[] };
  /** Rows whose label some cited quotes word differently, for the compile report. */
  namings?(file: File): { claim: string; label: string; wordings: { seed: string; quote: string }[] }[];
  /** Rows drawn against scales, for the compiler's check of bases; with their axis titles. */
  scales?(file: File): { rows: ScaledRow[]; axes: Record<string, string> };
  /** The data with only these claims' rows or events: the story draws what it cites (storyChartInputs.ts). */
  only?(data: Data, claims: ReadonlySet<string>): Data;
  /** The data with its links pointed elsewhere (an embed links back to the story). */
  links?(data: Data, notes: { prefix: string; target?: "_blank" }): Data;
}

export type Chart<Id extends string, Data, State, File> = Drawing<Id, Data, State> & ChartBuild<Data, State, File>;

/** One chart from its two halves; in the browser, the build half is an empty object. */
export function defineChart<const Id extends string, Data, State, File>(
  draw: Drawing<Id, Data, State>,
  build: ChartBuild<Data, State, File>,
): Chart<Id, Data, State, File> {
  return { ...draw, ...build };
}

/** `only` for a chart whose data is rows, one or more per claim. */
export function onlyRows<D extends { rows: readonly { claim: string }[] }>(data: D, claims: ReadonlySet<string>): D {
  return { ...data, rows: data.rows.filter((r) => claims.has(r.claim)) };
}

/** The text of a chart's caveats, for its text alternative. */
export function describeCaveats(caveats: Caveat[]): string[] {
  return caveats.map((c) => fillIn(words().charts.caveat, { title: c.title, statement: c.statement }));
}

/** A drawing, with its id kept as a literal type so the registry can tie data and state to it. */
export function drawing<const Id extends string, Data, State>(
  draw: Drawing<Id, Data, State>,
): Drawing<Id, Data, State> {
  return draw;
}
