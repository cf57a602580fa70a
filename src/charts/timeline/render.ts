import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import type { Lane, TimelineEvent } from "../../schema/index.ts";
import { shortMonth } from "../../lib/formatMonth.ts";
import { fillIn, words } from "../../lib/words.ts";
import { mark, round, textLines, type Mark, type Scene, type Size } from "../scene.ts";
import { textBlock } from "../textBlock.ts";
import { textWidth, wrapToWidth } from "../textWidth.ts";
import { day, monthSpan } from "./monthSpan.ts";
import type { TimelineState } from "./state.ts";
import { timelineVertical, VERTICAL_BELOW } from "./vertical.ts";

export interface TimelineChartData {
  lanes: { id: Lane; label: string }[];
  events: TimelineEvent[];
  /** Where an event's sources are: "#note-" on the story; embeds point back to the story. */
  notes?: { prefix: string; target?: "_blank" };
}

export type { TimelineState };

const AXIS_HEIGHT = 28;
const LANE_LABEL = 18;
const TRACK = 20;
const LANE_GAP = 12;
const LABEL_LINE = 17;
// Event labels are bold 12px (critical.css); lines wrap to fit the chart's width.
const LABEL_SIZE = 12;

/** "Event: late April 2022" — the words a screen reader hears for a mark. The date's words carry
 * its precision; only a span the articles call approximate says so. */
export function eventLabel(event: TimelineEvent): string {
  const hedge = event.date.precision === "approximate" ? words().charts.timeline.approximate : "";
  return fillIn(words().charts.timeline.event, { title: event.title, date: event.date.label, hedge });
}

function eventShape(event: TimelineEvent, y: number, x: (d: Date) => number): Mark {
  const start = x(day(event.date.start!));
  if (event.date.precision === "day")
    return mark("circle", "shape", { cx: round(start), cy: y + TRACK / 2, r: 6, class: "mark-day" });
  const end = x(utcDay.offset(day(event.date.end!), 1));
  return mark("rect", "shape", {
    x: round(start),
    y: y + 4,
    width: round(Math.max(end - start, 8)),
    height: TRACK - 8,
    rx: 3,
    class: event.date.precision === "approximate" ? "mark-span mark-approximate" : "mark-span",
  });
}

/**
 * Every event's label, beside its mark on the event's own row, so no two labels can overlap:
 * to the right of the mark where there is room, else to its left. The current step's events
 * also give their date as the articles word it.
 */
function eventLabelMark(
  event: TimelineEvent,
  y: number,
  x: (d: Date) => number,
  width: number,
  active: boolean,
): { mark: Mark; lines: number } {
  const start = x(day(event.date.start!));
  const end = Math.max(x(utcDay.offset(day(event.date.end!), 1)), start + 6);
  const words = active && event.date.text ? `${event.title} (${event.date.text})` : event.title;
  const rightRoom = width - 6 - (end + 8);
  const leftRoom = start - 8 - 6;
  const onRight = rightRoom >= Math.min(textWidth(words, LABEL_SIZE, true), width * 0.4) || rightRoom >= leftRoom;
  const lines = wrapToWidth(words, Math.max(60, onRight ? rightRoom : leftRoom) - 4, LABEL_SIZE, true);
  const cls = active ? "event-label" : "event-label is-muted";
  const attrs: Record<string, string | number> = onRight
    ? { x: round(end + 8), y: y + 14, class: cls }
    : { x: round(start - 8), y: y + 14, "text-anchor": "end", class: cls };
  return { mark: textLines("label", lines, attrs, LABEL_LINE), lines: lines.length };
}

/** The key: how a date's precision is drawn. */
function keyMarks(y: number, width: number): { mark: Mark; height: number } {
  // Coordinates are absolute (no transform), so every mark's box is where the reader sees it.
  const key = words().charts.timeline.key;
  const items: [string, (l: number, t: number) => Mark][] = [
    [key.day, (l, t) => mark("circle", "shape", { cx: l + 6, cy: t, r: 5, class: "mark-day" })],
    [key.month, (l, t) => mark("rect", "shape", { x: l, y: t - 5, width: 18, height: 10, rx: 3, class: "mark-span" })],
    [
      key.approximate,
      (l, t) =>
        mark("rect", "shape", { x: l, y: t - 5, width: 18, height: 10, rx: 3, class: "mark-span mark-approximate" }),
    ],
    [key.undated, (l, t) => mark("path", "shape", { d: `M${l + 6} ${t - 6}l6 6l-6 6l-6 -6z`, class: "mark-undated" })],
  ];
  // Four to a row where the longest fits in its column (swatch, gap, words), else two, else one.
  const need = 36 + Math.max(...items.map(([words]) => textWidth(words, 11)));
  const perRow = [4, 2, 1].find((n) => (width - 12) / n >= need)!;
  const column = (width - 12) / perRow;
  const marks = items.map(([words, shape], i) => {
    const left = round(6 + (i % perRow) * column);
    const top = y + 10 + Math.floor(i / perRow) * 18;
    return mark("g", `key-${i}`, { class: "key-item" }, [
      shape(left, top),
      mark("text", "text", { x: left + 24, y: top + 4, class: "note" }, words),
    ]);
  });
  // Most articles give no year: the note says so in every rendering, so an image that travels
  // alone (a step image, the embed's SVG and PNG) does not present the year as the articles'.
  const height = Math.ceil(items.length / perRow) * 18 + 8;
  const year = textBlock("year-note", words().charts.timeline.yearNote, "note", 6, y + height, width - 12);
  return { mark: mark("g", "key", { class: "key" }, [...marks, year.mark]), height: height + year.height + 4 };
}

function eventMark(
  event: TimelineEvent,
  shape: Mark,
  label: Mark | null,
  active: boolean,
  notes: TimelineChartData["notes"],
): Mark {
  const children = [mark("title", "title", {}, eventLabel(event)), shape];
  if (label) children.push(label);
  return mark(
    "a",
    event.claim,
    {
      href: `${notes?.prefix ?? "#note-"}${event.claim}`,
      ...(notes?.target ? { target: notes.target, rel: "noopener" } : {}),
      class: active ? "event is-active" : "event",
      "data-claim": event.claim,
      "data-start": event.date.start ?? "",
      "aria-label": eventLabel(event),
    },
    children,
  );
}

function axis(x: ScaleTime<number, number>, bottom: number): Mark {
  const months = utcMonth.range(x.domain()[0]!, x.domain()[1]!);
  return mark(
    "g",
    "axis",
    { class: "axis" },
    months.flatMap((m) => [
      mark("line", `line-${m.toISOString()}`, {
        x1: round(x(m)),
        x2: round(x(m)),
        y1: AXIS_HEIGHT - 6,
        y2: bottom,
        class: "gridline",
      }),
      mark("text", `text-${m.toISOString()}`, { x: round(x(m)) + 4, y: AXIS_HEIGHT - 10 }, shortMonth(m, words().intl)),
    ]),
  );
}

/**
 * The withdrawals and the statements on a time scale, one lane per actor group. Imprecise
 * dates are drawn as spans (dashed when approximate); undated events are listed apart.
 *
 * @example timeline(data, { highlight: ["dji-suspension"] }, { width: 640, height: 420 })
 */
export function timeline(data: TimelineChartData, state: TimelineState, size: Size): Scene {
  if (size.width < VERTICAL_BELOW)
    return timelineVertical(data, state, size, { eventMark, keyMarks, describe: describeTimeline });
  const dated = data.events.filter((e) => e.date.start !== null);
  const undated = data.events.filter((e) => e.date.start === null);
  const [first, last] = monthSpan(dated);
  const x = scaleUtc()
    .domain([first, last])
    .range([6, size.width - 6]);
  const marks: Mark[] = [];
  let y = AXIS_HEIGHT;
  const lanes: Mark[] = [];
  for (const lane of data.lanes) {
    const events = dated.filter((e) => e.lane === lane.id);
    const laneMarks: Mark[] = [mark("text", "label", { x: 6, y: y + 13, class: "lane-label" }, lane.label)];
    let rowY = y + LANE_LABEL;
    for (const event of events) {
      const active = state.highlight.includes(event.claim);
      const label = eventLabelMark(event, rowY, x, size.width, active);
      laneMarks.push(eventMark(event, eventShape(event, rowY, x), label.mark, active, data.notes));
      rowY += Math.max(TRACK, LABEL_LINE * label.lines + 3);
    }
    lanes.push(mark("g", lane.id, { class: "lane" }, laneMarks));
    y = rowY + LANE_GAP;
  }
  marks.push(axis(x, y - LANE_GAP), ...lanes);
  if (undated.length > 0) {
    // Titles wrap to the chart's width, so a phone shows each one whole.
    let ey = y + LANE_LABEL;
    const items = undated.map((event) => {
      const active = state.highlight.includes(event.claim);
      const shape = mark("path", "shape", { d: `M12 ${ey + 4}l6 6l-6 6l-6 -6z`, class: "mark-undated" });
      const lines = wrapToWidth(event.title, size.width - 44, LABEL_SIZE, true);
      const label = textLines(
        "label",
        lines,
        { x: 24, y: ey + 14, class: active ? "event-label" : "event-label is-muted" },
        LABEL_LINE,
      );
      ey += TRACK + (lines.length - 1) * LABEL_LINE;
      return eventMark(event, shape, label, active, data.notes);
    });
    marks.push(
      mark("g", "undated", { class: "lane" }, [
        mark("text", "label", { x: 6, y: y + 13, class: "lane-label" }, words().charts.timeline.undated),
        ...items,
      ]),
    );
    y = ey;
  }
  const key = keyMarks(y + 4, size.width);
  marks.push(key.mark);
  y += key.height + 4;
  return { width: size.width, height: round(y + 6), description: describeTimeline(data, state), marks };
}

/** The text alternative: the highlighted events with their dates, then how many others there are. */
export function describeTimeline(data: TimelineChartData, state: TimelineState): string {
  const active = data.events.filter((e) => state.highlight.includes(e.claim));
  const undated = data.events.filter((e) => e.date.start === null).length;
  const w = words().charts.timeline;
  const lead = fillIn(w.lead, {
    dated: data.events.length - undated,
    lanes: data.lanes.length,
    names: data.lanes.map((l) => l.label).join(", "),
    undated,
  });
  if (active.length === 0) return lead;
  return fillIn(w.highlighted, { lead, events: active.map(eventLabel).join("; ") });
}
