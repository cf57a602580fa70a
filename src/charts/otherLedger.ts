import { scaleLinear } from "d3-scale";
import type { LedgerRow } from "../schema/index.ts";
import { mark, round, textLines, type Mark, type Scene, type Size } from "./scene.ts";
import { wrapToWidth } from "./textWidth.ts";

export interface OtherLedgerData {
  rows: LedgerRow[];
}

export interface OtherLedgerState {
  /** The parts shown: the fall in exports, the rise in imports, Russia's share of trade. */
  show: LedgerRow["role"][];
}

const CELLS = 100;
// Labels are bold 13px and notes 11px (global.css); on a phone they wrap to the chart's width.
const LABEL_SIZE = 13;
const NOTE_SIZE = 11;
const LABEL_LINE = 16;
const NOTE_LINE = 14;

function changeLabel(row: LedgerRow, level: LedgerRow | undefined): string {
  const direction = row.signed < 0 ? "down" : "up";
  const to = level ? `, to ${level.display}` : "";
  return `${row.label}: ${direction} ${row.display.replace(/^-/, "")}${to}`;
}

/** A change's label, comparison and bar, and the height they take (70 when nothing wraps). */
function changeRow(row: LedgerRow, level: LedgerRow | undefined, y: number, shown: boolean, x: (n: number) => number, width: number): { mark: Mark; height: number } {
  const from = x(0);
  const to = x(shown ? row.signed : 0);
  const label = wrapToWidth(changeLabel(row, level), width - 8, LABEL_SIZE, true);
  const note = wrapToWidth(row.comparison ?? "", width - 8, NOTE_SIZE);
  const noteY = y + 31 + (label.length - 1) * LABEL_LINE;
  const barY = noteY + 9 + Math.max(0, note.length - 1) * NOTE_LINE;
  const group = mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0 }, [
    textLines("label", label, { x: 4, y: y + 14, class: "label" }, LABEL_LINE),
    textLines("comparison", note.length ? note : [""], { x: 4, y: noteY, class: "note" }, NOTE_LINE),
    mark("rect", "bar", {
      x: round(Math.min(from, to)),
      y: barY,
      width: round(Math.abs(to - from)),
      height: 18,
      class: row.signed < 0 ? "bar-down" : "bar-up",
    }),
  ]);
  return { mark: group, height: barY + 30 - y };
}

/** One hundred squares, as many filled as Russia's share of China's trade in percent, and their height. */
function waffle(row: LedgerRow, y: number, shown: boolean, width: number): { mark: Mark; height: number } {
  const side = Math.min(22, Math.floor((width - 8) / 10) - 4);
  const label = wrapToWidth(`${row.label}: ${row.display} (each square is one percent)`, width - 8, LABEL_SIZE, true);
  const top = y + 24 + (label.length - 1) * LABEL_LINE;
  const cells = Array.from({ length: CELLS }, (_, i) =>
    mark("rect", `c${i}`, {
      x: 4 + (i % 10) * (side + 4),
      y: top + Math.floor(i / 10) * (side + 4),
      width: side,
      height: side,
      class: i < row.signed ? "cell cell-on" : "cell",
    }),
  );
  const group = mark("g", "share", { class: "row", opacity: shown ? 1 : 0 }, [
    textLines("label", label, { x: 4, y: y + 14, class: "label" }, LABEL_LINE),
    ...cells,
  ]);
  return { mark: group, height: top - y + 10 * (side + 4) + 4 };
}

/**
 * The other side of the ledger: exports to Russia fell while imports from Russia rose, and
 * Russia is a small share of China's trade. Only the figures the articles give are drawn.
 *
 * @example otherLedger(data, { show: ["exports", "imports"] }, { width: 640, height: 480 })
 */
export function otherLedger(data: OtherLedgerData, state: OtherLedgerState, size: Size): Scene {
  const changes = data.rows.filter((r) => r.role !== "share" && r.unit === "percent");
  const limit = Math.max(...changes.map((r) => Math.abs(r.signed)), 1);
  const x = scaleLinear().domain([-limit, limit]).range([8, size.width - 8]);
  const rows: Mark[] = [];
  let y = 0;
  for (const row of changes) {
    const level = data.rows.find((r) => r.claim === row.claim && r.unit === "usd-billion");
    const drawn = changeRow(row, level, y, state.show.includes(row.role), x, size.width);
    rows.push(drawn.mark);
    y += drawn.height;
  }
  const marks: Mark[] = [mark("line", "zero", { x1: round(x(0)), x2: round(x(0)), y1: 0, y2: y, class: "zero" }), ...rows];
  let height = y + 10;
  const share = data.rows.find((r) => r.role === "share");
  if (share) {
    const drawn = waffle(share, height, state.show.includes("share"), size.width);
    marks.push(drawn.mark);
    height += drawn.height;
  }
  return { width: size.width, height: round(height), description: describeOtherLedger(data, state), marks };
}

/** The text alternative: the figures shown in this state, in words. */
export function describeOtherLedger(data: OtherLedgerData, state: OtherLedgerState): string {
  const parts = data.rows
    .filter((r) => r.role !== "share" && r.unit === "percent" && state.show.includes(r.role))
    .map((r) => `${changeLabel(r, data.rows.find((l) => l.claim === r.claim && l.unit === "usd-billion"))} (${r.comparison})`);
  const share = data.rows.find((r) => r.role === "share");
  if (share && state.show.includes("share")) parts.push(`${share.label}: ${share.display}`);
  return parts.length ? `The other side of the ledger. ${parts.join(". ")}.` : "The other side of the ledger: nothing shown yet.";
}
