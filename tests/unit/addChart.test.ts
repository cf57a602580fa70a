// Issue 12, part 1: a new chart is its folder, its content entry and one line in the registry,
// and nothing else. In a copy of the project, adds a small chart (tests/support/fixtureChart.ts),
// a story step that shows it, and its registry line; compiles and builds; and finds it in the
// story, on its embed page, and in every download.
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { FIXTURE_ID, fixtureChartEntry, fixtureChartFiles } from "../support/fixtureChart.ts";
import { parseCsv } from "../support/parseCsv.ts";
import { makeProjectCopy, runBuild } from "../support/projectCopy.ts";

async function addFixtureChart(root: string): Promise<void> {
  const folder = join(root, "src/charts", FIXTURE_ID);
  await mkdir(folder);
  for (const [name, text] of Object.entries(fixtureChartFiles)) await writeFile(join(folder, name), text);
  const seeds = join(root, "seeds/charts.yaml");
  await writeFile(seeds, (await readFile(seeds, "utf8")) + fixtureChartEntry);
  // The one line in the registry: an import, and its name in the list.
  const registry = join(root, "src/charts/registry.ts");
  const source = await readFile(registry, "utf8");
  await writeFile(
    registry,
    source
      .replace("import timeline from", `import eventsByLane from "./${FIXTURE_ID}/index.ts";\nimport timeline from`)
      .replace(/\[exportDeclines, ([^\]]+)\]/, "[exportDeclines, $1, eventsByLane]"),
  );
  // A story step that shows it, with the words of the story's last step.
  const storyFile = join(root, "src/content/story.yaml");
  const story = parse(await readFile(storyFile, "utf8"));
  const last = story.sections.at(-1);
  last.steps.push({ id: "lanes", text: last.steps.at(-1).text, chart: FIXTURE_ID, state: { lit: ["companies"] } });
  await writeFile(storyFile, stringify(story));
}

test(
  "a chart added as its folder, its content entry and one registry line reaches the story, its embed and its downloads",
  { timeout: 300_000 },
  async () => {
    const root = await makeProjectCopy();
    try {
      await check(root);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

async function check(root: string): Promise<void> {
  await addFixtureChart(root);
  const compile = spawnSync(process.execPath, ["src/compile/cli.ts"], { cwd: root, encoding: "utf8" });
  expect(compile.status, compile.stderr).toBe(0);
  const built = runBuild(root);
  expect(built.code, built.output).toBe(0);
  const dist = join(root, "dist");
  const read = (path: string) => readFile(join(dist, path), "utf8");

  // The expected counts come from the timeline's own file, not from the chart's code.
  const timeline = JSON.parse(await readFile(join(root, "data/charts/timeline.json"), "utf8")) as {
    events: { lane: string }[];
  };
  const companies = timeline.events.filter((e) => e.lane === "companies").length;
  expect(companies).toBeGreaterThan(0);

  // The story: the step's chart is drawn, described and tabled, and its state is in the page's story model.
  const story = await read("index.html");
  expect(story).toContain(`data-chart="${FIXTURE_ID}"`);
  expect(story).toContain(`companies: ${companies} events`);
  expect(story).toContain("Timeline events in each lane");
  // The story model the script draws from: every step's scene, drawn by the build (scenes/<width>.json).
  const scenes = JSON.parse(await read("scenes/760.json")) as {
    steps: { id: string; chart: string; section: string; scene: { description: string } }[];
  };
  const lanes = scenes.steps.find((s) => s.id === "lanes");
  expect(lanes).toMatchObject({ id: "lanes", chart: FIXTURE_ID, section: expect.any(String) });
  expect(lanes!.scene.description).toContain(`companies: ${companies} events`);

  // Its embed page, with its title from the content entry, its caveat drawn, and a state page.
  const embed = await read(`embed/${FIXTURE_ID}/index.html`);
  expect(embed).toContain('<h1 id="embed-title">Events in each lane of the timeline</h1>');
  expect(embed).toContain(`companies: ${companies}</text>`);
  expect(embed).toContain("Caveat: Quarantine in Shanghai");
  expect(await read(`embed/${FIXTURE_ID}/lanes/index.html`)).toContain(`data-chart="${FIXTURE_ID}"`);

  // Its downloads: data/ beside the others, the embed's CSV and JSON, the images, the sources page's list.
  const csv = parseCsv(await read(`data/charts/${FIXTURE_ID}.csv`));
  expect(csv[0]).toEqual(["lane", "events"]);
  expect(csv).toContainEqual(["companies", String(companies)]);
  const embedCsv = parseCsv(await read(`embed/${FIXTURE_ID}/data.csv`));
  expect(embedCsv[0]).toEqual(["lane", "events", "source_articles", "credit"]);
  const json = JSON.parse(await read(`embed/${FIXTURE_ID}/data.json`)) as {
    title: string;
    data: unknown;
    table: { rows: unknown[] };
  };
  expect(json.title).toBe("Events in each lane of the timeline");
  expect(json.data).toEqual(JSON.parse(await readFile(join(root, `data/charts/${FIXTURE_ID}.json`), "utf8")));
  expect(json.table.rows).toContainEqual({ lane: "companies", events: companies });
  expect(await read(`embed/${FIXTURE_ID}/chart.svg`)).toContain("Events in each lane of the timeline");
  expect((await readFile(join(dist, `embed/${FIXTURE_ID}/share.png`))).subarray(1, 4).toString()).toBe("PNG");
  expect(await read("sources/index.html")).toContain(`charts/${FIXTURE_ID}.csv`);
}
