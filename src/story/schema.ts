import { z } from "zod";
import { charts, type AnyChart, type ChartKey, type StateOf } from "../charts/registry.ts";
import { kebabId } from "../schema/ids.ts";

const base = { id: kebabId, text: z.string().min(1) };

/** One step of the story: its text, and the state of the chart the reader sees beside it. */
export type Step = { [K in ChartKey]: { id: string; text: string; chart: K; state: StateOf<K> } }[ChartKey];

/** A step names a registered chart, and its state is checked by that chart's own schema. */
const stepOf = (chart: AnyChart) =>
  z.strictObject({ ...base, chart: z.literal(chart.id), state: chart.state as z.ZodType<unknown> });
const options = charts.map(stepOf) as [ReturnType<typeof stepOf>, ...ReturnType<typeof stepOf>[]];
export const step = z.discriminatedUnion("chart", options) as unknown as z.ZodType<Step>;

export const section = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  steps: z.array(step).min(1),
});

/** A sentence that states no fact (a transition, a question), kept apart with the reason. */
export const framing = z.strictObject({ text: z.string().min(1), reason: z.string().min(1) });

export const story = z.strictObject({
  title: z.string().min(1),
  /** The claims whose quotes the headline's words rest on. */
  titleClaims: z.array(kebabId).min(1),
  dek: z.string().min(1),
  credit: z.string().min(1),
  /** "As of" line: how far the articles' dates run, from a claim reference. */
  dateline: z.string().min(1),
  /** One line on how the facts were checked, shown near the top. */
  methodNote: z.string().min(1),
  /** A few figures for the top of the page, each a reference. */
  keyFigures: z.array(z.string().min(1)).min(1),
  /** The caveat that travels with the key figures. */
  keyFiguresNote: z.string().min(1),
  /** What the articles establish, and the questions they leave open, as they leave them. */
  known: z.array(z.string().min(1)).min(1),
  unknown: z.array(z.string().min(1)).min(1),
  sections: z.array(section).min(1),
  framing: z.array(framing).default([]),
  /** Compiled claims the story does not use, each with the reason. */
  background: z.array(z.strictObject({ claim: kebabId, reason: z.string().min(1) })).default([]),
});

export type Section = z.infer<typeof section>;
export type Story = z.infer<typeof story>;
