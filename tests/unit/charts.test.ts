import { describe, expect, test } from "vitest";
import { exportDeclines } from "../../src/charts/exportDeclines.ts";
import { otherLedger } from "../../src/charts/otherLedger.ts";
import type { Mark, Scene } from "../../src/charts/scene.ts";
import { sceneToSvg } from "../../src/charts/sceneToSvg.ts";
import { timeline } from "../../src/charts/timeline.ts";
import { inputs } from "../support/story.ts";

const size = { width: 640, height: 420 };
const ALL = inputs["export-declines"].rows.map((r) => r.claim);

/** Every mark in the scene, depth first, with the path of keys that leads to it. */
function flatten(marks: Mark[], path = ""): (Mark & { path: string })[] {
  return marks.flatMap((m) => [{ ...m, path: `${path}/${m.key}` }, ...flatten(m.children ?? [], `${path}/${m.key}`)]);
}
const find = (scene: Scene, path: string) => flatten(scene.marks).find((m) => m.path.endsWith(path));
const texts = (scene: Scene) => flatten(scene.marks).flatMap((m) => m.text ?? []);

describe("exportDeclines(data, state, size)", () => {
  test("shows only the revealed rows, and keeps every row's place", () => {
    const one = exportDeclines(inputs["export-declines"], { reveal: ["laptops-decline"], caveat: false }, size);
    const all = exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: true }, size);
    expect(find(one, "/laptops-decline")?.attrs.opacity).toBe(1);
    expect(find(one, "/smartphones-decline")?.attrs.opacity).toBe(0);
    expect(find(one, "/smartphones-decline/label")?.attrs.y).toBe(find(all, "/smartphones-decline/label")?.attrs.y);
  });

  test("draws the smartphone disagreement as a range between the two sources' figures", () => {
    const scene = exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: false }, size);
    const range = find(scene, "/smartphones-decline/range")!;
    expect(Number(range.attrs.width)).toBeGreaterThan(20);
    expect(find(scene, "/laptops-decline/range")?.attrs.width).toBe(0);
    expect(texts(scene)).toContain("60%: article 002; almost two-thirds: articles 001, 003");
  });

  test("labels the bars directly, with the sources' own figures and no absolute quantities", () => {
    const labels = texts(exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: true }, size));
    expect(labels).toEqual(expect.arrayContaining(["Laptops: down more than 40%", "Telecom base stations: down 98%", "All exports to Russia: down 27%"]));
    expect(labels.join(" ")).not.toMatch(/\$|billion|units|tonnes/);
  });

  test("prints the Shanghai caveat on the chart when the state asks for it", () => {
    const off = exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: false }, size);
    const on = exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: true }, size);
    expect(find(off, "/caveat")?.attrs.opacity).toBe(0);
    expect(find(on, "/caveat")?.attrs.opacity).toBe(1);
    expect(on.description).toContain("Shanghai");
  });

  test("draws total exports apart from the product categories", () => {
    const scene = exportDeclines(inputs["export-declines"], { reveal: ALL, caveat: false }, size);
    expect(find(scene, "/total-exports-decline/march")?.attrs.class).toContain("bar-total");
    expect(find(scene, "/laptops-decline/march")?.attrs.class).not.toContain("bar-total");
  });
});

describe("otherLedger(data, state, size)", () => {
  test("draws exports falling and imports rising from one zero line", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: ["exports", "imports"] }, size);
    const down = find(scene, "/total-exports-decline/bar")!;
    const up = find(scene, "/imports-from-russia-april/bar")!;
    const zero = Number(find(scene, "/zero")!.attrs.x1);
    expect(Number(down.attrs.x) + Number(down.attrs.width)).toBeCloseTo(zero, 0);
    expect(Number(up.attrs.x)).toBeCloseTo(zero, 0);
    expect(texts(scene)).toContain("Imports from Russia: up 56.6%, to $8.9bn");
  });

  test("fills two squares in a hundred for Russia's 2% share of China's trade", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: ["share"] }, size);
    expect(flatten(scene.marks).filter((m) => m.attrs.class === "cell cell-on")).toHaveLength(2);
    expect(flatten(scene.marks).filter((m) => String(m.attrs.class).startsWith("cell"))).toHaveLength(100);
  });
});

describe("timeline(data, state, size)", () => {
  const scene = timeline(inputs.timeline, { highlight: ["dji-suspension"] }, size);

  test("draws a day as a dot and an imprecise date as a span, dashed when approximate", () => {
    expect(find(scene, "/raimondo-speech/shape")?.tag).toBe("circle");
    expect(find(scene, "/dji-suspension/shape")?.tag).toBe("rect");
    expect(find(scene, "/sanctions-stress-test/shape")?.attrs.class).toContain("mark-approximate");
    expect(find(scene, "/mofcom-statement/shape")?.attrs.class).not.toContain("mark-approximate");
  });

  test("links every event to its sources and labels the highlighted ones", () => {
    const events = flatten(scene.marks).filter((m) => m.tag === "a");
    expect(events).toHaveLength(inputs.timeline.events.length);
    expect(events.every((e) => e.attrs.href === `#note-${e.key}`)).toBe(true);
    expect(find(scene, "/dji-suspension")?.attrs.class).toBe("event is-active");
    expect(find(scene, "/dji-suspension/label")?.text).toBe("DJI suspends business, openly");
    expect(find(scene, "/invasion/label")).toBeUndefined();
  });

  test("says in the accessible name when a date is approximate", () => {
    expect(find(scene, "/dji-suspension")?.attrs["aria-label"]).toBe("DJI suspends business, openly: late April 2022, an approximate date");
  });

  test("renders as a group, not an image, so its links stay reachable", () => {
    expect(sceneToSvg(scene, { role: "group", label: "Timeline" })).toMatch(/^<svg [^>]*role="group" aria-label="Timeline"/);
  });
});
