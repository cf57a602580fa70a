// The build half of the chart (see ../chart.ts): never in the browser.
import { timelineFile } from "../../schema/index.ts";
import type { z } from "zod";
import type { ChartBuild } from "../chart.ts";
import { words } from "../../lib/words.ts";
import type { TimelineChartData } from "./render.ts";
import { rows } from "./rows.ts";
import { shape } from "./shape.ts";
import { state, type TimelineState } from "./state.ts";

type File = z.infer<typeof timelineFile>;

export default {
  state,
  file: timelineFile,
  shape,
  inputs: (file) => ({ lanes: file.lanes, events: file.events }),
  rows,
  // The timeline has no caveats of its own: each event's sources are one link away.
  caveats: () => [],
  // It has no entry in seeds/charts.yaml (no axes or labels to check): its title and
  // description are interface words (interface.yaml, charts.timeline).
  words: () => ({ title: words().charts.timeline.title, description: words().charts.timeline.description }),
  draws: (claim) => claim.timeline !== null,
  only: (data, claims) => ({ ...data, events: data.events.filter((e) => claims.has(e.claim)) }),
  refs: (s, data) => ({ field: "highlight", ids: s.highlight, known: data.events.map((e) => e.claim) }),
  links: (data, notes) => ({ ...data, notes }),
} satisfies ChartBuild<TimelineChartData, TimelineState, File>;
