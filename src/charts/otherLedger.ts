import { scaleLinear } from "d3-scale";
import type { LedgerRow } from "../schema/index.ts";
import { fillIn, words } from "../lib/words.ts";
import { percentAxis } from "./percentAxis.ts";
import { mark, round, type Mark, type Scene, type Size } from "./scene.ts";
import { caveatMarks, textBlock } from "./textBlock.ts";

export interface OtherLedgerData {
  rows: LedgerRow[];
  /** Shown on the chart in every state, so no rendering can drop them. */
  caveats: { claim: string; title: string; statement: string }[];
  /** The words under each scale's axis, by scale id ("exports:percent"…). */
  axes: Record<string, string>;
}

export interface OtherLedgerState {
  /** The parts shown: the fall in exports, the rise in imports, Russia's share of trade. */
  show: LedgerRow["role"][];
}

const BAR = 18;
const GAP = 18;
const LEFT = 4;
const CELLS = 100;
const COLUMNS = 20;

/** "China's exports to Russia, March 2022 against February 2022: down 27%": each panel names its own periods. */
function changeLabel(row: LedgerRow, level: LedgerRow | undefined): string {
  const w = words().charts;
  return fillIn(w.otherLedger.change, {
    label: row.label,
    period: row.comparison ? fillIn(w.otherLedger.period, { period: row.comparison }) : "",
    change: fillIn(w.change[row.signed < 0 ? "down" : "up"], { display: row.display }),
    level: level ? fillIn(w.otherLedger.level, { display: level.display }) : "",
  });
}

/** One change on its own 0–100% axis: each part of the ledger compares different periods. */
function changePanel(row: LedgerRow, level: LedgerRow | undefined, axisTitle: string, y: number, shown: boolean, x: (n: number) => number) {
  const label = textBlock("label", changeLabel(row, level), "label", x(0), y, x(100) - x(0), { class: "label" });
  const barY = y + label.height + 4;
  const size = Math.min(100, Math.abs(row.signed));
  const bar = mark("rect", "bar", { x: x(0), y: barY, width: round(shown ? x(size) - x(0) : 0), height: BAR, class: row.signed < 0 ? "bar-down" : "bar-up" });
  const track = mark("rect", "track", { x: x(0), y: barY, width: round(x(100) - x(0)), height: BAR, class: "bar-track" });
  const axis = percentAxis("axis", x, barY + BAR + 4, axisTitle);
  const children = [label.mark, track, bar, axis.mark];
  return { mark: mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0 }, children), height: label.height + 8 + BAR + axis.height + GAP };
}

/** A hundred squares, as many filled as Russia's share of China's trade in percent. */
function waffle(row: LedgerRow, axisTitle: string, y: number, shown: boolean, width: number) {
  const label = textBlock("label", fillIn(words().charts.otherLedger.share, { label: row.label, display: row.display }), "label", LEFT, y, width, { class: "label" });
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
  return { mark: mark("g", "share", { class: "row", opacity: shown ? 1 : 0 }, [label.mark, ...cells, note.mark]), height: label.height + 6 + grid + note.height + GAP };
}

/**
 * The other side of the ledger: exports to Russia fell, imports from Russia rose (each on its own
 * scale, as they compare different periods), and Russia is a small share of China's trade.
 *
 * @example otherLedger(data, { show: ["exports", "imports"] }, { width: 640, height: 480 })
 */
export function otherLedger(data: OtherLedgerData, state: OtherLedgerState, size: Size): Scene {
  const x = scaleLinear().domain([0, 100]).range([LEFT, size.width - 16]);
  const width = x(100) - x(0);
  const marks: Mark[] = [];
  let y = 4;
  for (const row of data.rows.filter((r) => r.scale !== "label")) {
    const shown = state.show.includes(row.role);
    const axisTitle = data.axes[row.scale] ?? "";
    const level = data.rows.find((r) => r.claim === row.claim && r.scale === "label");
    const drawn = row.role === "share" ? waffle(row, axisTitle, y, shown, width) : changePanel(row, level, axisTitle, y, shown, x);
    marks.push(drawn.mark);
    // A part not yet shown takes no room, so the chart's height follows what it shows.
    if (shown) y += drawn.height;
  }
  const caveats = caveatMarks(data.caveats, LEFT, y, width);
  marks.push(caveats.mark);
  return { width: size.width, height: round(y + caveats.height), description: describeOtherLedger(data, state), marks };
}

/** The text alternative: the figures shown in this state with their bases, and the caveats. */
export function describeOtherLedger(data: OtherLedgerData, state: OtherLedgerState): string {
  const parts = data.rows
    .filter((r) => r.scale !== "label" && state.show.includes(r.role))
    .map((r) => {
      const level = data.rows.find((l) => l.claim === r.claim && l.scale === "label");
      const text = r.role === "share" ? fillIn(words().charts.otherLedger.share, { label: r.label, display: r.display }) : changeLabel(r, level);
      return `${text} (${data.axes[r.scale] ?? ""})`;
    });
  const caveats = data.caveats.map((c) => fillIn(words().charts.caveat, { title: c.title, statement: c.statement }));
  return [parts.length ? parts.join(" ") : words().charts.otherLedger.nothingShown, ...caveats].join(" ");
}
