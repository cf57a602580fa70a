import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import type { Lane, TimelineEvent } from "../schema/index.ts";
import { shortMonth } from "../lib/formatMonth.ts";
import { mark, round, textLines, type Mark, type Scene, type Size } from "./scene.ts";
import { textWidth, wrapToWidth } from "./textWidth.ts";

export interface TimelineChartData {
  lanes: { id: Lane; label: string }[];
  events: TimelineEvent[];
  /** Where an event's sources are: "#note-" on the story; embeds point back to the story. */
  notes?: { prefix: string; target?: "_blank" };
}

export interface TimelineState {
  /** Claim ids of the events the active step is about. */
  highlight: string[];
}

const AXIS_HEIGHT = 28;
const LANE_LABEL = 18;
const TRACK = 20;
const LANE_GAP = 12;
const LABEL_LINE = 17;
// Event labels are bold 12px (global.css); lines wrap to fit the chart's width.
const LABEL_SIZE = 12;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Assigns each dated event of a lane to the first track where it overlaps nothing. */
function assignTracks(events: TimelineEvent[], x: (d: Date) => number): Map<string, number> {
  const trackEnds: number[] = [];
  const tracks = new Map<string, number>();
  for (const event of events) {
    const start = x(day(event.date.start!));
    const end = Math.max(x(utcDay.offset(day(event.date.end!), 1)), start + 12);
    let track = trackEnds.findIndex((last) => last + 4 <= start);
    if (track < 0) track = trackEnds.push(end) - 1;
    else trackEnds[track] = end;
    tracks.set(event.claim, track);
  }
  return tracks;
}

/** "late April 2022, date approximate" — the words a screen reader hears for a mark. */
export function eventLabel(event: TimelineEvent): string {
  const hedge = event.date.precision === "day" ? "" : event.date.precision === "undated" ? "" : ", an approximate date";
  return `${event.title}: ${event.date.label}${hedge}`;
}

function eventShape(event: TimelineEvent, y: number, x: (d: Date) => number): Mark {
  const start = x(day(event.date.start!));
  if (event.date.precision === "day") return mark("circle", "shape", { cx: round(start), cy: y + TRACK / 2, r: 6, class: "mark-day" });
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

/** An active event's label, on its own lines under the lane's tracks, placed near its mark. */
function eventLabelMark(event: TimelineEvent, y: number, x: (d: Date) => number, width: number): { mark: Mark; lines: number } {
  const start = x(day(event.date.start!));
  const lines = wrapToWidth(event.title, width - 12, LABEL_SIZE, true);
  const widest = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE, true)));
  const left = Math.max(6, Math.min(start - 4, width - 6 - widest));
  return { mark: textLines("label", lines, { x: round(left), y: y + 13, class: "event-label" }, LABEL_LINE), lines: lines.length };
}

function eventMark(event: TimelineEvent, shape: Mark, label: Mark | null, active: boolean, notes: TimelineChartData["notes"]): Mark {
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
      mark("line", `line-${m.toISOString()}`, { x1: round(x(m)), x2: round(x(m)), y1: AXIS_HEIGHT - 6, y2: bottom, class: "gridline" }),
      mark("text", `text-${m.toISOString()}`, { x: round(x(m)) + 4, y: AXIS_HEIGHT - 10 }, shortMonth(m)),
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
  const dated = data.events.filter((e) => e.date.start !== null);
  const undated = data.events.filter((e) => e.date.start === null);
  const first = utcMonth.floor(day(dated.map((e) => e.date.start!).sort()[0]!));
  const last = utcMonth.ceil(utcDay.offset(day(dated.map((e) => e.date.end!).sort().at(-1)!), 1));
  const x = scaleUtc().domain([first, last]).range([6, size.width - 6]);
  const marks: Mark[] = [];
  let y = AXIS_HEIGHT;
  const lanes: Mark[] = [];
  for (const lane of data.lanes) {
    const events = dated.filter((e) => e.lane === lane.id);
    const tracks = assignTracks(events, x);
    const trackCount = Math.max(1, ...[...tracks.values()].map((t) => t + 1));
    const laneMarks: Mark[] = [mark("text", "label", { x: 6, y: y + 13, class: "lane-label" }, lane.label)];
    let labelY = y + LANE_LABEL + trackCount * TRACK;
    for (const event of events) {
      const ty = y + LANE_LABEL + tracks.get(event.claim)! * TRACK;
      const active = state.highlight.includes(event.claim);
      const label = active ? eventLabelMark(event, labelY, x, size.width) : null;
      if (label) labelY += LABEL_LINE * label.lines;
      laneMarks.push(eventMark(event, eventShape(event, ty, x), label?.mark ?? null, active, data.notes));
    }
    lanes.push(mark("g", lane.id, { class: "lane" }, laneMarks));
    y = labelY + LANE_GAP;
  }
  marks.push(axis(x, y - LANE_GAP), ...lanes);
  if (undated.length > 0) {
    // Titles wrap to the chart's width, so a phone shows each one whole.
    let ey = y + LANE_LABEL;
    const items = undated.map((event) => {
      const active = state.highlight.includes(event.claim);
      const shape = mark("path", "shape", { d: `M12 ${ey + 4}l6 6l-6 6l-6 -6z`, class: "mark-undated" });
      const lines = wrapToWidth(event.title, size.width - 44, LABEL_SIZE, true);
      const label = textLines("label", lines, { x: 24, y: ey + 14, class: active ? "event-label" : "event-label is-muted" }, LABEL_LINE);
      ey += TRACK + (lines.length - 1) * LABEL_LINE;
      return eventMark(event, shape, label, active, data.notes);
    });
    marks.push(mark("g", "undated", { class: "lane" }, [mark("text", "label", { x: 6, y: y + 13, class: "lane-label" }, "Date not given"), ...items]));
    y = ey;
  }
  return { width: size.width, height: round(y + 6), description: describeTimeline(data, state), marks };
}

/** The text alternative: the highlighted events with their dates, then how many others there are. */
export function describeTimeline(data: TimelineChartData, state: TimelineState): string {
  const active = data.events.filter((e) => state.highlight.includes(e.claim));
  const undated = data.events.filter((e) => e.date.start === null).length;
  const lead =
    `Timeline of ${data.events.length - undated} dated events, in ${data.lanes.length} lanes (${data.lanes.map((l) => l.label).join(", ")}), ` +
    `and ${undated} the articles give no date for.`;
  if (active.length === 0) return lead;
  return `${lead} Highlighted: ${active.map(eventLabel).join("; ")}.`;
}
