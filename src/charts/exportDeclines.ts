import { scaleLinear } from "d3-scale";
import type { ExportDeclineRow } from "../schema/index.ts";
import { monthLabel } from "./months.ts";
import { mark, round, textLines, wrap, type Mark, type Scene, type Size } from "./scene.ts";

export interface ExportDeclinesData {
  rows: ExportDeclineRow[];
  /** The caveat printed on the chart when the state asks for it (the Shanghai lockdown). */
  caveat: { title: string; statement: string } | null;
}

export interface ExportDeclinesState {
  /** Claim ids of the rows shown; the others keep their place, empty. */
  reveal: string[];
  caveat: boolean;
}

// Row height shrinks to fit small graphics (phones) but never below what the labels need.
const ROW_MAX = 58;
const ROW_MIN = 46;
const GAP_BEFORE_TOTAL = 18;
const TOP = 8;
const AXIS = 44;
const CHAR_WIDTH = 7;

/** "Smartphones: down 60% to almost two-thirds" — the sources' words, never a new figure. */
export function rowLabel(row: ExportDeclineRow): string {
  const disputed = row.low !== row.high;
  if (disputed) return `${row.label}: down ${row.variants.map((v) => v.display).join(" or ")}`;
  const main = [...row.variants].sort((a, b) => b.seeds.length - a.seeds.length)[0]!;
  return `${row.label}: down ${main.display}`;
}

function attribution(row: ExportDeclineRow): string | null {
  if (row.low === row.high) return null;
  return row.variants.map((v) => `${v.display}: article${v.seeds.length > 1 ? "s" : ""} ${v.seeds.join(", ")}`).join("; ");
}

const LABEL_CHAR = 7.6;
const NOTE_CHAR = 6.2;
const LINE = 16;

/** A row's marks and the height they take; long labels wrap on narrow charts. */
function rowMarks(row: ExportDeclineRow, y: number, shown: boolean, x: (n: number) => number): { mark: Mark; extra: number } {
  const isTotal = row.role === "total";
  const lowLevel = 100 + row.low;
  const highLevel = 100 + row.high;
  const width = x(100) - x(0);
  const label = wrap(rowLabel(row), Math.floor(width / LABEL_CHAR));
  const barY = y + 22 + (label.length - 1) * LINE;
  const note = attribution(row);
  const noteLines = note ? wrap(note, Math.floor(width / NOTE_CHAR)) : [];
  const children: Mark[] = [
    textLines("label", label, { x: x(0), y: y + 15, class: isTotal ? "label label-total" : "label" }, LINE),
    mark("rect", "february", { x: x(0), y: barY, width: round(width), height: 18, class: "bar-february" }),
    mark("rect", "march", {
      x: x(0),
      y: barY,
      width: round(x(shown ? lowLevel : 100) - x(0)),
      height: 18,
      class: isTotal ? "bar-march bar-total" : "bar-march",
    }),
    // The disputed stretch between the sources' figures, hatched so it reads without colour.
    mark("rect", "range", {
      x: round(x(shown ? lowLevel : 100)),
      y: barY,
      width: round(shown ? x(highLevel) - x(lowLevel) : 0),
      height: 18,
      class: "bar-range",
    }),
  ];
  if (note) children.push(textLines("sources", noteLines, { x: x(0), y: barY + 32, class: "note" }, 14));
  const extra = (label.length - 1) * LINE + (noteLines.length ? 14 * noteLines.length : 0);
  return { mark: mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0, "data-shown": String(shown) }, children), extra };
}

// Below this width the chart names the caveat only; the figure's text gives it in full.
const NARROW = 420;

function caveatText(caveat: { title: string; statement: string }, width: number): string {
  return width < NARROW ? `Caveat: ${caveat.title} (see the note)` : `${caveat.title}: ${caveat.statement}`;
}

/** The months compared, from the data: { from: "February 2022", to: "March 2022" }. */
export function comparedMonths(data: ExportDeclinesData): { from: string; to: string } {
  const first = data.rows[0]?.variants[0];
  return { from: first?.from ? monthLabel(first.from) : "", to: first?.to ? monthLabel(first.to) : "" };
}

function axisMarks(data: ExportDeclinesData, x: (n: number) => number, y: number): { mark: Mark; extra: number } {
  const ticks = [0, 25, 50, 75, 100].map((t) =>
    mark("g", `tick-${t}`, { class: "tick" }, [
      mark("line", "line", { x1: round(x(t)), x2: round(x(t)), y1: y, y2: y + 5 }),
      mark("text", "text", { x: round(x(t)), y: y + 17, "text-anchor": t === 100 ? "end" : t === 0 ? "start" : "middle" }, `${t}%`),
    ]),
  );
  const { from, to } = comparedMonths(data);
  const title = wrap(`${to} as a share of ${from} (the full-width bar is ${from})`, Math.floor((x(100) - x(0)) / NOTE_CHAR));
  const axis = mark("g", "axis", { class: "axis" }, [
    mark("line", "base", { x1: x(0), x2: x(100), y1: y, y2: y }),
    ...ticks,
    textLines("title", title, { x: x(0), y: y + 34, class: "axis-title" }, 14),
  ]);
  return { mark: axis, extra: (title.length - 1) * 14 };
}

/**
 * China's exports to Russia in March 2022 as a share of February's, by category, revealed
 * row by row. Disputed figures are drawn as a hatched range; total exports sit apart.
 *
 * @example exportDeclines(data, { reveal: ["laptops-decline"], caveat: false }, { width: 640, height: 420 })
 */
export function exportDeclines(data: ExportDeclinesData, state: ExportDeclinesState, size: Size): Scene {
  const left = 4;
  const right = size.width - 16;
  const x = scaleLinear().domain([0, 100]).range([left, right]);
  const caveatLines = data.caveat ? wrap(caveatText(data.caveat, right - left), Math.max(20, Math.floor((right - left) / CHAR_WIDTH))) : [];
  const fixed = TOP + GAP_BEFORE_TOTAL + AXIS + 14 + caveatLines.length * 17 + 14;
  const rowHeight = Math.max(ROW_MIN, Math.min(ROW_MAX, (size.height - fixed) / data.rows.length));
  const rows: Mark[] = [];
  let y = TOP;
  for (const row of data.rows) {
    if (row.role === "total") y += GAP_BEFORE_TOTAL;
    const drawn = rowMarks(row, y, state.reveal.includes(row.claim), x);
    rows.push(drawn.mark);
    y += rowHeight + drawn.extra;
  }
  const axisY = y + 4;
  const axis = axisMarks(data, x, axisY);
  const marks = [mark("g", "rows", {}, rows), axis.mark];
  let height = axisY + AXIS + axis.extra;
  if (data.caveat) {
    const lines = caveatLines;
    const tspans = lines.map((line, i) => mark("tspan", `l${i}`, { x: left, dy: i === 0 ? 0 : 17 }, line));
    marks.push(mark("text", "caveat", { x: left, y: height + 6, class: "caveat", opacity: state.caveat ? 1 : 0 }, tspans));
    height += 14 + lines.length * 17;
  }
  return { width: size.width, height: round(height), description: describeExportDeclines(data, state), marks };
}

/** The text alternative for a state: which rows are shown, with each one's figures and sources. */
export function describeExportDeclines(data: ExportDeclinesData, state: ExportDeclinesState): string {
  const shown = data.rows.filter((r) => state.reveal.includes(r.claim));
  const { from, to } = comparedMonths(data);
  const heading = `China's exports to Russia, ${to} against ${from}`;
  if (shown.length === 0) return `${heading}: no category shown yet.`;
  const parts = shown.map((r) => {
    const note = attribution(r);
    return `${rowLabel(r)}${note ? ` (the sources disagree: ${note})` : ""}`;
  });
  const caveat = state.caveat && data.caveat ? ` Caveat: ${data.caveat.statement}` : "";
  return `${heading}. ${parts.join(". ")}.${caveat}`;
}
