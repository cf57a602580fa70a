import type { CompiledClaim, CompiledValue } from "../schema/index.ts";
import { wordedList } from "../lib/credit.ts";
import { comparisonLabel } from "../lib/formatMonth.ts";
import type { Segment } from "./parseText.ts";

type Ref = Extract<Segment, { type: "ref" }>;

function findValue(claim: CompiledClaim, id: string | null, where: string): CompiledValue {
  const value = claim.values.find((v) => v.id === id);
  if (!value)
    throw new Error(
      `${where}: claim "${claim.id}" has no value "${id}" (it has ${claim.values.map((v) => v.id).join(", ") || "none"})`,
    );
  return value;
}

/**
 * The words a reference stands for, taken from the compiled claim: "more than 40%",
 * "late April 2022", "“no limits”". Throws, naming the step, if the reference does not resolve.
 */
export function renderRef(ref: Ref, claim: CompiledClaim, where: string): string {
  switch (ref.kind) {
    case "cite":
      return "";
    case "date":
      if (claim.date.precision === "undated") throw new Error(`${where}: claim "${claim.id}" has no date to show`);
      return claim.date.label;
    case "value": {
      const value = findValue(claim, ref.value, where);
      if (value.type !== "number")
        throw new Error(`${where}: {value:${claim.id}/${value.id}} is a quotation; use {quote:…}`);
      return value.display;
    }
    case "period": {
      const value = findValue(claim, ref.value, where);
      if (value.type !== "number" || !value.comparison)
        throw new Error(`${where}: {period:${claim.id}/${value.id}} names no months compared`);
      return comparisonLabel(value.comparison);
    }
    case "quote": {
      const value = findValue(claim, ref.value, where);
      if (value.type !== "quotation")
        throw new Error(`${where}: {quote:${claim.id}/${value.id}} is a number; use {value:…}`);
      return value.display;
    }
    case "values": {
      const numbers = claim.values.filter((v) => v.type === "number");
      if (numbers.length < 2)
        throw new Error(`${where}: {values:${claim.id}} needs a claim with several versions of a number`);
      // Each version in each article's own words: "60% (article 002), almost two-thirds
      // (article 001) or nearly two-thirds (article 003)".
      return wordedList(numbers.flatMap((v) => v.worded));
    }
  }
}
