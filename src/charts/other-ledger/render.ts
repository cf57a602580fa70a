import type { LedgerRow } from "../../schema/index.ts";
import { percentAxis } from "../percentAxis.ts";
import { mark, round, type Mark, type Scene, type Size } from "../scene.ts";
import { textBlock } from "../textBlock.ts";
import { closeScene, LEFT, percentScale } from "../percentFrame.ts";
import type { OtherLedgerData } from "./data.ts";
import { describeOtherLedger } from "./describe.ts";
import { changeLabel, shareLabel } from "./labels.ts";
import type { OtherLedgerState } from "./state.ts";

const BAR = 18;
const GAP = 18;
const CELLS = 100;
const COLUMNS = 20;

/** One change on its own 0–100% axis: each part of the ledger compares different periods. */
function changePanel(
  row: LedgerRow,
  level: LedgerRow | undefined,
  axisTitle: string,
  y: number,
  shown: boolean,
  x: (n: number) => number,
) {
  const label = textBlock("label", changeLabel(row, level), "label", x(0), y, x(100) - x(0), { class: "label" });
  const barY = y + label.height + 4;
  const size = Math.min(100, Math.abs(row.signed));
  const bar = mark("rect", "bar", {
    x: x(0),
    y: barY,
    width: round(shown ? x(size) - x(0) : 0),
    height: BAR,
    class: row.signed < 0 ? "bar-down" : "bar-up",
  });
  const track = mark("rect", "track", {
    x: x(0),
    y: barY,
    width: round(x(100) - x(0)),
    height: BAR,
    class: "bar-track",
  });
  const axis = percentAxis("axis", x, barY + BAR + 4, axisTitle);
  const children = [label.mark, track, bar, axis.mark];
  return {
    mark: mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0 }, children),
    height: label.height + 8 + BAR + axis.height + GAP,
  };
}

/** A hundred squares, as many filled as Russia's share of China's trade in percent. */
function waffle(row: LedgerRow, axisTitle: string, y: number, shown: boolean, width: number) {
  const label = textBlock("label", shareLabel(row), "label", LEFT, y, width, { class: "label" });
  // Five rows of twenty: a hundred squares in a band short enough for a phone's graphic.
  const side = Math.max(6, Math.min(22, Math.floor(width / COLUMNS) - 4));
  const top = y + label.height + 6;
  const cells = Array.from({ length: CELLS }, (_, i) =>
    mark("rect", `c${i}`, {
      x: LEFT + (i % COLUMNS) * (side + 4),
      y: top + Math.floor(i / COLUMNS) * (side + 4),
      width: side,
      height: side,
      class: i < row.signed ? "cell cell-on" : "cell",
    }),
  );
  const grid = (CELLS / COLUMNS) * (side + 4);
  const note = textBlock("note", axisTitle, "note", LEFT, top + grid, width, { class: "note" });
  return {
    mark: mark("g", "share", { class: "row", opacity: shown ? 1 : 0 }, [label.mark, ...cells, note.mark]),
    height: label.height + 6 + grid + note.height + GAP,
  };
}

/**
 * The other side of the ledger: exports to Russia fell, imports from Russia rose (each on its own
 * scale, as they compare different periods), and Russia is a small share of China's trade.
 *
 * @example otherLedger(data, { show: ["exports", "imports"] }, { width: 640, height: 480 })
 */
export function otherLedger(data: OtherLedgerData, state: OtherLedgerState, size: Size): Scene {
  const x = percentScale(size);
  const width = x(100) - x(0);
  const marks: Mark[] = [];
  let y = 4;
  for (const row of data.rows.filter((r) => r.scale !== "label")) {
    const shown = state.show.includes(row.role);
    const axisTitle = data.axes[row.scale] ?? "";
    const level = data.rows.find((r) => r.claim === row.claim && r.scale === "label");
    const drawn =
      row.role === "share" ? waffle(row, axisTitle, y, shown, width) : changePanel(row, level, axisTitle, y, shown, x);
    marks.push(drawn.mark);
    // A part not yet shown takes no room, so the chart's height follows what it shows.
    if (shown) y += drawn.height;
  }
  return closeScene(marks, data.caveats, y, size, describeOtherLedger(data, state));
}
