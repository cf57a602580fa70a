import { scaleLinear } from "d3-scale";
import { articleList } from "../lib/credit.ts";
import { fillIn, joinList, words } from "../lib/words.ts";
import type { ExportDeclineRow } from "../schema/index.ts";
import { percentAxis } from "./percentAxis.ts";
import { mark, round, type Mark, type Scene, type Size } from "./scene.ts";
import { caveatMarks, textBlock } from "./textBlock.ts";

type Caveat = { claim: string; title: string; statement: string };

export interface ExportDeclinesData {
  rows: ExportDeclineRow[];
  /** Shown on the chart in every state, so no rendering can drop them. */
  caveats: Caveat[];
  /** The words under each scale's axis, by scale id ("category", "total"). */
  axes: Record<string, string>;
}

export interface ExportDeclinesState {
  /** Claim ids of the rows shown; the others keep their place, empty. */
  reveal: string[];
}

const BAR = 18;
const GAP = 14;
const LEFT = 4;


/** "Smartphones: down 60% or almost two-thirds", in the sources' words, never a new figure. */
export function rowLabel(row: ExportDeclineRow): string {
  const versions = [...new Set(row.variants.map((v) => v.display))];
  return fillIn(words().charts.exportDeclines.row, { label: row.label, versions: joinList(versions, "disjunction") });
}

/** Who gives which version, and how articles that word the row differently put it. */
function rowNotes(row: ExportDeclineRow): string[] {
  const notes: string[] = [];
  if (new Set(row.variants.map((v) => v.display)).size > 1) notes.push(row.variants.map((v) => fillIn(words().charts.exportDeclines.version, { display: v.display, articles: articleList(v.seeds) })).join("; "));
  for (const other of row.otherWordings) notes.push(fillIn(words().charts.exportDeclines.wordsIt, { seed: other.seed, quote: other.quote }));
  return notes;
}

/**
 * The fall as the sources give it: solid up to the smallest figure, hatched where they disagree,
 * and a dashed open end for "more than", which no article bounds.
 */
function barMarks(row: ExportDeclineRow, y: number, shown: boolean, x: (n: number) => number): Mark[] {
  const falls = row.variants.map((v) => ({ at: -v.signed, open: v.qualifier === "more-than" }));
  const low = Math.min(...falls.map((f) => f.at));
  const high = Math.max(...falls.filter((f) => !f.open).map((f) => f.at), low);
  const open = falls.find((f) => f.open);
  const width = (from: number, to: number) => round(shown ? x(to) - x(from) : 0);
  return [
    mark("rect", "track", { x: x(0), y, width: round(x(100) - x(0)), height: BAR, class: "bar-track" }),
    mark("rect", "solid", { x: x(0), y, width: width(0, low), height: BAR, class: "bar-down" }),
    mark("rect", "range", { x: round(x(low)), y, width: width(low, high), height: BAR, class: "bar-range" }),
    mark("rect", "open", { x: round(x(open?.at ?? 100)), y: y + 2, width: open ? width(open.at, 100) : 0, height: BAR - 4, class: "bar-open" }),
  ];
}

function rowMarks(row: ExportDeclineRow, y: number, shown: boolean, x: (n: number) => number): { mark: Mark; height: number } {
  const width = x(100) - x(0);
  const label = textBlock("label", rowLabel(row), "label", x(0), y, width, { class: row.role === "total" ? "label label-total" : "label" });
  const bars = barMarks(row, y + label.height + 4, shown, x);
  let height = label.height + 4 + BAR + 4;
  const notes = rowNotes(row).map((note, i) => {
    const block = textBlock(`note-${i}`, note, "note", x(0), y + height, width, { class: "note" });
    height += block.height;
    return block.mark;
  });
  const group = mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0, "data-shown": String(shown) }, [label.mark, ...bars, ...notes]);
  return { mark: group, height: height + GAP };
}

/**
 * The fall in China's exports to Russia by product, revealed row by row. Each scale (products;
 * all exports, whose basis differs) has its own axis; the caveats are on the chart in every state.
 *
 * @example exportDeclines(data, { reveal: ["laptops-decline"] }, { width: 640, height: 420 })
 */
export function exportDeclines(data: ExportDeclinesData, state: ExportDeclinesState, size: Size): Scene {
  const x = scaleLinear().domain([0, 100]).range([LEFT, size.width - 16]);
  const width = x(100) - x(0);
  const marks: Mark[] = [];
  let y = 4;
  const scales = [...new Set(data.rows.map((r) => r.scale))];
  // Rows not yet revealed take no room, so the chart's height follows what it shows and a
  // small graphic (a phone's) is not scaled down to fit empty space; they wait, invisible, where
  // they will appear.
  for (const scale of scales) {
    const inScale = data.rows.filter((r) => r.scale === scale);
    const rows = inScale.map((row) => {
      const shown = state.reveal.includes(row.claim);
      const drawn = rowMarks(row, y, shown, x);
      if (shown) y += drawn.height;
      return drawn.mark;
    });
    const used = inScale.some((r) => state.reveal.includes(r.claim));
    const axis = percentAxis("axis", x, y - GAP + 4, data.axes[scale] ?? "");
    marks.push(mark("g", `scale-${scale}`, { class: "scale", opacity: used ? 1 : 0 }, [...rows, axis.mark]));
    if (used) y += axis.height + GAP;
  }
  const caveats = caveatMarks(data.caveats, LEFT, y, width);
  marks.push(caveats.mark);
  return { width: size.width, height: round(y + caveats.height), description: describeExportDeclines(data, state), marks };
}

/** The text alternative for a state: the rows shown, each with its figures, sources and basis, and the caveats. */
export function describeExportDeclines(data: ExportDeclinesData, state: ExportDeclinesState): string {
  const shown = data.rows.filter((r) => state.reveal.includes(r.claim));
  const parts = shown.map((r) => [rowLabel(r), ...rowNotes(r)].join(". ") + ` (${data.axes[r.scale] ?? ""})`);
  const caveats = data.caveats.map((c) => fillIn(words().charts.caveat, { title: c.title, statement: c.statement }));
  return [shown.length ? parts.join(" ") : words().charts.exportDeclines.noneShown, ...caveats].join(" ");
}
