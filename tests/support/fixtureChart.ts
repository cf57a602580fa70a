// A small chart for the test that adds one to a copy of the project (tests/unit/addChart.test.ts):
// the files of its folder, src/charts/events-by-lane/, as a new chart's author would write them.
// It counts the timeline's events in each lane, from compiled claims only.

export const FIXTURE_ID = "events-by-lane";

export const fixtureChartFiles: Record<string, string> = {
  "state.ts": `import { z } from "zod";

/** The lanes drawn in full; the others are drawn muted. */
export const state = z.strictObject({ lit: z.array(z.string()) });
export type LanesState = z.infer<typeof state>;
`,
  "draw.ts": `import { describeCaveats, drawing, type Caveat } from "../chart.ts";
import { mark, type Scene, type Size } from "../scene.ts";
import type { LanesState } from "./state.ts";

export interface LanesData {
  rows: { lane: string; events: number }[];
  caveats: Caveat[];
}

function describe(data: LanesData, state: LanesState): string {
  const lit = data.rows.filter((r) => state.lit.includes(r.lane));
  return [...lit.map((r) => \`\${r.lane}: \${r.events} events\`), ...describeCaveats(data.caveats)].join(". ");
}

function render(data: LanesData, state: LanesState, size: Size): Scene {
  const marks = data.rows.map((r, i) =>
    mark("g", r.lane, { class: "row", opacity: state.lit.includes(r.lane) ? 1 : 0.3 }, [
      mark("rect", "bar", { x: 4, y: 4 + i * 24, width: r.events * 20, height: 16, class: "bar-up" }),
      mark("text", "label", { x: 8 + r.events * 20, y: 16 + i * 24, class: "label" }, \`\${r.lane}: \${r.events}\`),
    ]),
  );
  return { width: size.width, height: 8 + data.rows.length * 24, description: describe(data, state), marks };
}

export default drawing({ id: "events-by-lane", role: "img", render, describe });
`,
  "build.ts": `import { z } from "zod";
import { chartMeta } from "../../schema/index.ts";
import type { ChartBuild } from "../chart.ts";
import type { LanesData } from "./draw.ts";
import { state, type LanesState } from "./state.ts";

const file = chartMeta.extend({ rows: z.array(z.object({ lane: z.string(), events: z.number() })) });

export default {
  state,
  file,
  shape: ({ claims, spec }) => {
    const lanes = [...new Set(claims.flatMap((c) => (c.timeline ? [c.timeline] : [])))];
    return { ...spec!, rows: lanes.map((lane) => ({ lane, events: claims.filter((c) => c.timeline === lane).length })) };
  },
  inputs: (f) => ({ rows: f.rows, caveats: f.caveats }),
  rows: (data) => ({
    caption: "Timeline events in each lane",
    columns: [{ key: "lane", heading: "Lane" }, { key: "events", heading: "Events" }],
    rows: data.rows,
  }),
  caveats: (data) => data.caveats,
  draws: (claim) => claim.timeline !== null,
} satisfies ChartBuild<LanesData, LanesState, z.infer<typeof file>>;
`,
  "index.ts": `import { defineChart } from "../chart.ts";
import build from "./build.ts";
import draw from "./draw.ts";

export default defineChart(draw, build);
`,
};

/** Its content entry, appended to seeds/charts.yaml. */
export const fixtureChartEntry = `
- id: events-by-lane
  title: Events in each lane of the timeline
  description: How many of the timeline's events fall in each of its lanes.
  caveats: [shanghai-lockdown-caveat]
  axes: {}
`;
