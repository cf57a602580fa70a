import { drawing } from "../chart.ts";
import { describeTimeline, timeline } from "./render.ts";

/** The withdrawals and the statements on a time scale; its events link to their sources. */
export default drawing({ id: "timeline", role: "group", render: timeline, describe: describeTimeline });
