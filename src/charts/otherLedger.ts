import { scaleLinear } from "d3-scale";
import type { LedgerRow } from "../schema/index.ts";
import { mark, round, type Mark, type Scene, type Size } from "./scene.ts";

export interface OtherLedgerData {
  rows: LedgerRow[];
}

export interface OtherLedgerState {
  /** The parts shown: the fall in exports, the rise in imports, Russia's share of trade. */
  show: LedgerRow["role"][];
}

const CELLS = 100;

function changeLabel(row: LedgerRow, level: LedgerRow | undefined): string {
  const direction = row.signed < 0 ? "down" : "up";
  const to = level ? `, to ${level.display}` : "";
  return `${row.label}: ${direction} ${row.display.replace(/^-/, "")}${to}`;
}

function changeRow(row: LedgerRow, level: LedgerRow | undefined, y: number, shown: boolean, x: (n: number) => number): Mark {
  const from = x(0);
  const to = x(shown ? row.signed : 0);
  return mark("g", row.claim, { class: "row", opacity: shown ? 1 : 0 }, [
    mark("text", "label", { x: 4, y: y + 14, class: "label" }, changeLabel(row, level)),
    mark("text", "comparison", { x: 4, y: y + 31, class: "note" }, row.comparison ?? ""),
    mark("rect", "bar", {
      x: round(Math.min(from, to)),
      y: y + 40,
      width: round(Math.abs(to - from)),
      height: 18,
      class: row.signed < 0 ? "bar-down" : "bar-up",
    }),
  ]);
}

/** One hundred squares, as many filled as Russia's share of China's trade in percent, and their height. */
function waffle(row: LedgerRow, y: number, shown: boolean, width: number): { mark: Mark; height: number } {
  const side = Math.min(22, Math.floor((width - 8) / 10) - 4);
  const cells = Array.from({ length: CELLS }, (_, i) =>
    mark("rect", `c${i}`, {
      x: 4 + (i % 10) * (side + 4),
      y: y + 24 + Math.floor(i / 10) * (side + 4),
      width: side,
      height: side,
      class: i < row.signed ? "cell cell-on" : "cell",
    }),
  );
  const group = mark("g", "share", { class: "row", opacity: shown ? 1 : 0 }, [
    mark("text", "label", { x: 4, y: y + 14, class: "label" }, `${row.label}: ${row.display} (each square is one percent)`),
    ...cells,
  ]);
  return { mark: group, height: 24 + 10 * (side + 4) + 4 };
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
  const marks: Mark[] = [mark("line", "zero", { x1: round(x(0)), x2: round(x(0)), y1: 0, y2: changes.length * 70, class: "zero" })];
  changes.forEach((row, i) => {
    const level = data.rows.find((r) => r.claim === row.claim && r.unit === "usd-billion");
    marks.push(changeRow(row, level, i * 70, state.show.includes(row.role), x));
  });
  let height = changes.length * 70 + 10;
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
