import type { NumberValue } from "../../src/schema/index.ts";

/** A number value as a claim file gives one (40%, exactly, a change), with `over` changed. */
export const numberValue = (over: Partial<NumberValue>): NumberValue => ({
  id: "v",
  type: "number",
  number: 40,
  unit: "percent",
  qualifier: "exactly",
  measure: "change",
  citations: [{ seed: "000", quote: "x" }],
  ...over,
});
