// Every chart of the registry, as the story uses it: its state schema accepts the story's states
// and refuses a wrong one, its caveats are those seeds/charts.yaml gives it and travel into its
// text alternative and its table, and its one table has a cell for every column.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { charts, DEFAULT_SIZE, untypedChart } from "../../src/charts/registry.ts";
import { readerTable } from "../../src/charts/table.ts";
import { projectRoot } from "../support/fixture.ts";
import { inputs, storyModel } from "../support/story.ts";

const entries = parse(readFileSync(join(projectRoot, "seeds/charts.yaml"), "utf8")) as {
  id: string;
  caveats: string[];
}[];
const claimTitles = new Map(
  (
    JSON.parse(readFileSync(join(projectRoot, "data/claims.json"), "utf8")) as {
      claims: { id: string; title: string }[];
    }
  ).claims.map((c) => [c.id, c.title]),
);

describe.each(charts.map((c) => c.id))("chart %s", (id) => {
  const chart = untypedChart(id);
  const data = inputs[id];
  const steps = storyModel.steps.filter((s) => s.chart === id);

  test("is shown by at least one story step, whose state its schema accepts; a state with an unknown field is refused", () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(chart.state.safeParse(step.state).success, step.id).toBe(true);
    expect(chart.state.safeParse({ ...(steps[0]!.state as object), colour: "red" }).success).toBe(false);
  });

  test("carries the caveats seeds/charts.yaml gives it, in every state's text alternative and in every table row", () => {
    const expected = entries.find((e) => e.id === id)?.caveats ?? [];
    const caveats = chart.caveats(data);
    expect(caveats.map((c) => c.claim)).toEqual(expected);
    const table = chart.rows(data);
    for (const caveat of caveats) {
      const title = claimTitles.get(caveat.claim)!;
      for (const step of steps)
        expect(chart.render(data, step.state, DEFAULT_SIZE).description, step.id).toContain(`Caveat: ${title}.`);
      for (const row of table.rows) expect(String(row.caveat)).toContain(title);
    }
  });

  test("has one table: every row has a cell for every column, and readers see the headed columns", () => {
    const table = chart.rows(data);
    expect(table.rows.length).toBeGreaterThan(0);
    const keys = table.columns.map((c) => c.key);
    for (const row of table.rows) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    const reader = readerTable(table);
    expect(reader.columns.length).toBeGreaterThan(1);
    expect(reader.rows).toHaveLength(table.rows.length);
    expect(readFileSync(join(projectRoot, "data/charts", `${id}.csv`), "utf8").split(/\r?\n/)[0]).toBe(keys.join(","));
  });
});
