import type { ExportDeclineRow } from "../../schema/index.ts";
import { percentAxis } from "../percentAxis.ts";
import { mark, round, type Mark, type Scene, type Size } from "../scene.ts";
import { textBlock } from "../textBlock.ts";
import { closeScene, percentScale } from "../percentFrame.ts";
import type { ExportDeclinesData } from "./data.ts";
import { describeExportDeclines } from "./describe.ts";
import { rowLabel, rowNotes } from "./labels.ts";
import type { ExportDeclinesState } from "./state.ts";

const BAR = 18;
const GAP = 14;

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
    mark("rect", "open", {
      x: round(x(open?.at ?? 100)),
      y: y + 2,
      width: open ? width(open.at, 100) : 0,
      height: BAR - 4,
      class: "bar-open",
    }),
  ];
}

function rowMarks(
  row: ExportDeclineRow,
  y: number,
  shown: boolean,
  x: (n: number) => number,
): { mark: Mark; height: number } {
  const width = x(100) - x(0);
  const label = textBlock("label", rowLabel(row), "label", x(0), y, width, {
    class: row.role === "total" ? "label label-total" : "label",
  });
  const bars = barMarks(row, y + label.height + 4, shown, x);
  let height = label.height + 4 + BAR + 4;
  const notes = rowNotes(row).map((note, i) => {
    const block = textBlock(`note-${i}`, note, "note", x(0), y + height, width, { class: "note" });
    height += block.height;
    return block.mark;
  });
  const group = mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0, "data-shown": String(shown) }, [
    label.mark,
    ...bars,
    ...notes,
  ]);
  return { mark: group, height: height + GAP };
}

/**
 * The fall in China's exports to Russia by product, revealed row by row. Each scale (products;
 * all exports, whose basis differs) has its own axis; the caveats are on the chart in every state.
 *
 * @example exportDeclines(data, { reveal: ["laptops-decline"] }, { width: 640, height: 420 })
 */
export function exportDeclines(data: ExportDeclinesData, state: ExportDeclinesState, size: Size): Scene {
  const x = percentScale(size);
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
  return closeScene(marks, data.caveats, y, size, describeExportDeclines(data, state));
}
