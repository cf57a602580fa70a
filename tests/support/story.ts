// The story as the build sees it, for tests that check each step's chart.
import { chartInputs } from "../../src/data/chartInputs.ts";
import { claims } from "../../src/data/index.ts";
import { loadStory } from "../../src/story/loadStory.ts";
import { projectRoot } from "./fixture.ts";

export const inputs = chartInputs();
export const storyModel = loadStory(projectRoot, claims, inputs);
