// Every file in data/ has a schema (src/schema/compiled.ts) and the pages read it through
// readData(): a broken file stops the build with its path and field, never a cast.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { dataFiles, readData, type DataFile } from "../../src/data/readData.ts";
import { projectRoot } from "../support/fixture.ts";

const load = (file: string) =>
  JSON.parse(readFileSync(join(projectRoot, "data", file), "utf8")) as Record<string, unknown>;

describe("readData(file, json)", () => {
  test("accepts every file the compiler wrote", () => {
    for (const file of Object.keys(dataFiles) as DataFile[])
      expect(() => readData(file, load(file)), file).not.toThrow();
  });

  test("refuses a broken claims file, naming the file and the field", () => {
    const json = load("claims.json") as { claims: { date: { label: unknown } }[] };
    json.claims[3]!.date.label = 42;
    expect(() => readData("claims.json", json)).toThrow(
      /data\/claims\.json does not match .*field "claims\[3\]\.date\.label"/,
    );
  });

  test("refuses a chart file whose rows lost a field, and a report with a wrong kind", () => {
    const chart = load("charts/export-declines.json") as { rows: Record<string, unknown>[] };
    delete chart.rows[0]!.scale;
    expect(() => readData("charts/export-declines.json", chart)).toThrow(/field "rows\[0\]\.scale"/);
    const report = load("report.json") as { conflicts: { kind: string }[] };
    report.conflicts[0]!.kind = "opinion";
    expect(() => readData("report.json", report)).toThrow(/field "conflicts\[0\]\.kind"/);
  });

  test("refuses sources and a timeline that are not what the pages expect", () => {
    expect(() => readData("sources.json", { reports: [], seeds: [{ id: "000" }] })).toThrow(
      /data\/sources\.json .*field "seeds\[0\]\.file"/,
    );
    expect(() => readData("charts/timeline.json", [])).toThrow(/data\/charts\/timeline\.json .*\(the whole file\)/);
  });
});
