import { buildChartInputs } from "../data/buildChartInputs.ts";
import { loadStory } from "../story/loadStory.ts";
import { StoryError } from "../story/StoryError.ts";
import type { Shaped } from "./buildFiles.ts";
import { CompileError } from "../io/CompileError.ts";

/**
 * Checks src/content/story.yaml against the data about to be written, with the same loader
 * the pages use, so `npm run compile` refuses a broken story before `astro build` runs.
 */
export function checkStory(root: string, shaped: Pick<Shaped, "claims" | "charts">, errors: CompileError[]): void {
  try {
    loadStory(root, shaped.claims, buildChartInputs(shaped.charts));
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    errors.push(new CompileError({ ...error.location, kind: "step" }, error.reason));
  }
}
