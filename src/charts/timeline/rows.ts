import { articleList } from "../../lib/credit.ts";
import type { Cell, ChartTable } from "../table.ts";
import type { TimelineChartData } from "./render.ts";

/** Every event as the articles date it, with the wording and basis of its date. */
export function rows(data: TimelineChartData): ChartTable {
  const lane = new Map<Cell, string>(data.lanes.map((l) => [l.id, l.label]));
  return {
    caption:
      "Events as the articles date them, each no more precisely than their words; most articles give no year, and the sources page says how each is inferred",
    columns: [
      { key: "claim" },
      { key: "title", heading: "Event" },
      { key: "lane", heading: "Lane", show: (cell) => lane.get(cell) ?? String(cell) },
      { key: "precision", heading: "Precision", show: (cell) => String(cell).replace(/-/g, " ") },
      { key: "date", heading: "Date" },
      { key: "date_wording" },
      { key: "date_basis" },
      { key: "start" },
      { key: "end" },
      { key: "sources", heading: "Articles", show: (cell) => articleList(String(cell ?? "").split(" ")) },
    ],
    rows: data.events.map((e) => ({
      claim: e.claim,
      title: e.title,
      lane: e.lane,
      precision: e.date.precision,
      date: e.date.label,
      date_wording: e.date.text,
      date_basis: e.date.basis,
      start: e.date.start,
      end: e.date.end,
      sources: e.seeds.join(" "),
    })),
  };
}
