import { scaleUtc } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import type { TimelineEvent } from "../../schema/index.ts";
import { shortMonth } from "../../lib/formatMonth.ts";
import { words } from "../../lib/words.ts";
import { mark, round, type Mark, type Scene, type Size } from "../scene.ts";
import { wrapToWidth } from "../textWidth.ts";
import { day, monthSpan } from "./monthSpan.ts";
// Types only: the shared pieces come in as arguments, so the two files do not import each other.
import type { TimelineChartData, TimelineState } from "./render.ts";

/** Below this width the timeline runs down the page: a phone's labels then fit at full size. */
export const VERTICAL_BELOW = 600;

type EventMarkArgs = [TimelineEvent, Mark, Mark | null, boolean, TimelineChartData["notes"]];

/** What the horizontal timeline lends the vertical one, so both draw events and the key alike. */
export interface TimelineParts {
  eventMark(...args: EventMarkArgs): Mark;
  keyMarks(y: number, width: number): { mark: Mark; height: number };
  describe(data: TimelineChartData, state: TimelineState): string;
}

const TOP = 10;
// A month gets at least this much height, so a span's length still reads as time.
const MIN_MONTH = 90;
const GUTTER = 34; // month names
const COLUMN = 13; // one narrow column per lane
const LABEL_SIZE = 12; // as the horizontal timeline's labels (critical.css)
const LINE = 16;
const KICKER = 14;
const GAP = 8;

interface Placed {
  event: TimelineEvent;
  lines: string[];
  height: number;
  top: number;
}

/** An event's label: its lane in small capitals above its title (and its date as worded, when current). */
function labelText(key: string, lane: string, lines: string[], x: number, top: number, active: boolean): Mark {
  const kicker = mark("tspan", "lane", { x, class: "lane-label" }, lane);
  const title = lines.map((line, i) => mark("tspan", `l${i}`, { x, dy: i === 0 ? KICKER : LINE }, line));
  return mark("text", key, { x, y: top + 10, class: active ? "event-label" : "event-label is-muted" }, [
    kicker,
    ...title,
  ]);
}

/**
 * The timeline for narrow screens: time runs down a rail at the left, one thin column per
 * lane; each event's label sits to the right, in time order, pushed down only as far as needed
 * so that no two overlap, with a leader line back to its mark. Points stay dots and spans bars.
 */
export function timelineVertical(
  data: TimelineChartData,
  state: TimelineState,
  size: Size,
  parts: TimelineParts,
): Scene {
  const width = size.width;
  const labelX = GUTTER + data.lanes.length * COLUMN + 14;
  const laneOf = new Map(data.lanes.map((l, i) => [l.id, { label: l.label, x: GUTTER + i * COLUMN + COLUMN / 2 }]));
  const dated = data.events
    .filter((e) => e.date.start !== null)
    .sort((a, b) => a.date.start!.localeCompare(b.date.start!));
  const undated = data.events.filter((e) => e.date.start === null);
  const wordsOf = (e: TimelineEvent, active: boolean) =>
    active && e.date.text ? `${e.title} (${e.date.text})` : e.title;
  const measure = (e: TimelineEvent, maxWidth: number): Placed => {
    const lines = wrapToWidth(wordsOf(e, state.highlight.includes(e.claim)), maxWidth, LABEL_SIZE, true);
    return { event: e, lines, height: KICKER + lines.length * LINE, top: 0 };
  };
  const labels = dated.map((e) => measure(e, width - labelX - 6));
  // Time gets as much height as the labels need, so most sit level with their marks.
  const [first, last] = monthSpan(dated);
  const months = utcMonth.range(first, last);
  const length = Math.max(
    months.length * MIN_MONTH,
    labels.reduce((sum, l) => sum + l.height + GAP, 0),
  );
  const y = scaleUtc()
    .domain([first, last])
    .range([TOP, TOP + length]);

  const marks: Mark[] = [];
  const rail = months.flatMap((m) => [
    mark("line", `line-${m.toISOString()}`, {
      x1: 6,
      x2: labelX - 8,
      y1: round(y(m)),
      y2: round(y(m)),
      class: "gridline",
    }),
    mark("text", `text-${m.toISOString()}`, { x: 6, y: round(y(m)) + 14 }, shortMonth(m, words().intl)),
  ]);
  marks.push(mark("g", "axis", { class: "axis" }, rail));

  let bottom = TOP;
  // The current events' band, from the first of their marks or labels to the last.
  const focus: number[] = [];
  const events = labels.map((l) => {
    const { event } = l;
    const active = state.highlight.includes(event.claim);
    const lane = laneOf.get(event.lane)!;
    const start = y(day(event.date.start!));
    l.top = Math.max(start - 4, bottom);
    bottom = l.top + l.height + GAP;
    const shape =
      event.date.precision === "day"
        ? mark("circle", "shape", { cx: lane.x, cy: round(start + 6), r: 6, class: "mark-day" })
        : mark("rect", "shape", {
            x: lane.x - 4,
            y: round(start),
            width: 8,
            height: round(Math.max(y(utcDay.offset(day(event.date.end!), 1)) - start, 8)),
            rx: 3,
            class: event.date.precision === "approximate" ? "mark-span mark-approximate" : "mark-span",
          });
    const leader = mark("path", "leader", {
      d: `M${lane.x + 7} ${round(start + 6)}L${labelX - 4} ${round(l.top + 6)}`,
      class: "leader",
    });
    const label = labelText("label", lane.label, l.lines, labelX, l.top, active);
    if (active) focus.push(Math.min(start, l.top), Math.max(start + 12, l.top + l.height));
    return parts.eventMark(event, mark("g", "marks", {}, [leader, shape]), label, active, data.notes);
  });
  marks.push(mark("g", "dated", { class: "lane" }, events));
  let top = Math.max(bottom, TOP + length) + 12;

  if (undated.length > 0) {
    const heading = mark("text", "label", { x: 6, y: top + 10, class: "lane-label" }, words().charts.timeline.undated);
    top += 18;
    const items = undated.map((event) => {
      const active = state.highlight.includes(event.claim);
      const l = measure(event, width - 30);
      const shape = mark("path", "shape", { d: `M12 ${top + 12}l6 6l-6 6l-6 -6z`, class: "mark-undated" });
      const label = labelText("label", laneOf.get(event.lane)!.label, l.lines, 24, top, active);
      if (active) focus.push(top, top + l.height);
      top += l.height + GAP;
      return parts.eventMark(event, shape, label, active, data.notes);
    });
    marks.push(mark("g", "undated", { class: "lane" }, [heading, ...items]));
  }
  const key = parts.keyMarks(top + 4, width);
  marks.push(key.mark);
  const scene: Scene = { width, height: round(top + key.height + 10), description: parts.describe(data, state), marks };
  return focus.length ? { ...scene, focus: [Math.min(...focus) - 4, Math.max(...focus) + 4] } : scene;
}
