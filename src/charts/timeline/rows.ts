import { words } from "../../lib/words.ts";
import { articlesCell, type Cell, type ChartTable } from "../table.ts";
import type { TimelineChartData } from "./render.ts";

/** Every event as the articles date it, with the wording and basis of its date. */
export function rows(data: TimelineChartData): ChartTable {
  const lane = new Map<Cell, string>(data.lanes.map((l) => [l.id, l.label]));
  const { caption, columns: heading } = words().charts.tables.timeline;
  const precisions: Record<string, string> = words().charts.precisions;
  return {
    caption,
    columns: [
      { key: "claim" },
      { key: "title", heading: heading.title },
      { key: "lane", heading: heading.lane, show: (cell) => lane.get(cell) ?? String(cell) },
      { key: "precision", heading: heading.precision, show: (cell) => precisions[String(cell)] ?? String(cell) },
      { key: "date", heading: heading.date },
      { key: "date_wording" },
      { key: "date_basis" },
      { key: "start" },
      { key: "end" },
      { key: "sources", heading: heading.sources, show: articlesCell },
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
