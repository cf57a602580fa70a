import type { ChartInputs, ChartKey } from "../charts/index.ts";
import type { Words } from "../lib/words.ts";

export interface BootStep {
  id: string;
  chart: ChartKey;
  state: unknown;
  section: string;
}

export interface Boot {
  steps: BootStep[];
  inputs: ChartInputs;
  /** The locale's words for the charts and article lists, and its Intl locale. */
  words: Words;
}

/** The steps and chart data the page embeds as JSON (see src/pages/index.astro). */
export function readBoot(doc: Document): Boot {
  const script = doc.getElementById("story-data");
  if (!script?.textContent) throw new Error("story data missing from the page");
  return JSON.parse(script.textContent) as Boot;
}
