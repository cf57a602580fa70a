import { describe, expect, test } from "vitest";
import { exportDeclines } from "../../src/charts/export-declines/render.ts";
import { otherLedger } from "../../src/charts/other-ledger/render.ts";
import type { Mark, Scene } from "../../src/charts/scene.ts";
import { sceneToSvg } from "../../src/charts/sceneToSvg.ts";
import { timeline } from "../../src/charts/timeline/render.ts";
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
  const all = exportDeclines(inputs["export-declines"], { reveal: ALL }, size);
  const x = (scene: Scene, path: string) => Number(find(scene, path)!.attrs.x);
  const right = (scene: Scene, path: string) => x(scene, path) + Number(find(scene, path)!.attrs.width);

  test("shows only the revealed rows, and grows only as rows are revealed", () => {
    const one = exportDeclines(inputs["export-declines"], { reveal: ["laptops-decline"] }, size);
    expect(find(one, "/laptops-decline")?.attrs.opacity).toBe(1);
    expect(find(one, "/smartphones-decline")?.attrs.opacity).toBe(0);
    expect(find(one, "/scale-total")?.attrs.opacity).toBe(0);
    expect(one.height).toBeLessThan(all.height / 1.5);
    expect(find(one, "/laptops-decline/label")?.attrs.y).toBe(find(all, "/laptops-decline/label")?.attrs.y);
  });

  test("draws “more than 40%” as a solid bar to 40 with an open, dashed end that no article bounds", () => {
    const track = find(all, "/laptops-decline/track")!;
    const per = Number(track.attrs.width) / 100;
    expect(right(all, "/laptops-decline/solid") - x(all, "/laptops-decline/solid")).toBeCloseTo(40 * per, 0);
    expect(Number(find(all, "/laptops-decline/open")!.attrs.width)).toBeCloseTo(60 * per, 0);
    expect(find(all, "/laptops-decline/open")!.attrs.class).toBe("bar-open");
    expect(find(all, "/telecom-decline/open")!.attrs.width).toBe(0);
  });

  test("draws the smartphone disagreement as a hatched range between the two sources' figures", () => {
    const per = Number(find(all, "/smartphones-decline/track")!.attrs.width) / 100;
    expect(Number(find(all, "/smartphones-decline/range")!.attrs.width)).toBeCloseTo(6.7 * per, 0);
    expect(find(all, "/laptops-decline/range")?.attrs.width).toBe(0);
    expect(texts(all)).toContain("60%: article 002; almost two-thirds: article 001; nearly two-thirds: article 003");
  });

  test("labels the bars in the sources' own words, and quotes articles that name a row differently", () => {
    const labels = texts(all);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Laptops: down more than 40% or 40%",
        "Smartphones: down 60%, almost two-thirds or nearly two-thirds",
      ]),
    );
    expect(labels.join(" ")).toContain(
      "Article 000 words it: “exports of telecommunications equipment dropped 98 percent”",
    );
    expect(labels.join(" ")).not.toMatch(/66\.7|\$|billion|tonnes/);
  });

  test("prints the Shanghai caveat on the chart in every state, and in the text alternative", () => {
    for (const reveal of [[], ["laptops-decline"], ALL]) {
      const scene = exportDeclines(inputs["export-declines"], { reveal }, size);
      expect(find(scene, "/caveats")?.attrs.opacity).toBeUndefined();
      expect(
        flatten(scene.marks).some((m) => m.path.includes("/caveats/") && /Quarantine in Shanghai/.test(m.text ?? "")),
      ).toBe(true);
      expect(scene.description).toContain("Quarantine in Shanghai");
    }
  });

  test("draws all exports, a change in value, on a scale of its own, apart from the products", () => {
    expect(find(all, "/scale-total/total-exports-decline")).toBeDefined();
    expect(find(all, "/scale-category/total-exports-decline")).toBeUndefined();
    expect(texts(all)).toContain("Fall in value, as an article says, comparing March 2022 against February 2022.");
  });
});

describe("otherLedger(data, state, size)", () => {
  test("gives the fall in exports and the rise in imports axes of their own, each naming its periods", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: ["exports", "imports"] }, size);
    expect(find(scene, "/total-exports-decline/axis")).toBeDefined();
    expect(find(scene, "/imports-from-russia-april/axis")).toBeDefined();
    expect(texts(scene)).toContain("China's imports from Russia, April 2022 against April 2021: up 56.6%, to $8.9bn");
    // The axis note wraps onto lines of its own; read together, it says the years are inferred.
    expect(texts(scene).join(" ")).toContain(
      "Rise in value, comparing April 2022 against April 2021; the article gives no year, and the sources page says how it is inferred.",
    );
    expect(find(scene, "/zero")).toBeUndefined();
  });

  test("fills two squares in a hundred for Russia's 2% share of China's trade", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: ["share"] }, size);
    expect(flatten(scene.marks).filter((m) => m.attrs.class === "cell cell-on")).toHaveLength(2);
    expect(flatten(scene.marks).filter((m) => String(m.attrs.class).startsWith("cell"))).toHaveLength(100);
  });

  test("prints both of its caveats in every state", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: [] }, size);
    expect(scene.description).toContain("Quarantine in Shanghai");
    expect(scene.description).toContain("Oil and gas purchases");
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

  test("links every event to its sources and labels each one, the highlighted ones with their date", () => {
    const events = flatten(scene.marks).filter((m) => m.tag === "a");
    // `grep -c "^  timeline:" seeds/claims/*.yaml`: 10 events, 4 statements and 1 context claim have a lane.
    expect(events).toHaveLength(15);
    expect(events.every((e) => e.attrs.href === `#note-${e.key}`)).toBe(true);
    expect(find(scene, "/dji-suspension")?.attrs.class).toBe("event is-active");
    // Every event is labelled beside its mark; the step's own events add their date as the article words it.
    expect(find(scene, "/dji-suspension/label")?.text).toBe("DJI suspends its business, openly (in late April)");
    expect(find(scene, "/invasion/label")?.text).toBe("Russia invades Ukraine");
    expect(find(scene, "/invasion/label")?.attrs.class).toBe("event-label is-muted");
  });

  test("gives the date in the accessible name as the articles word it, and says so when it is approximate", () => {
    // Part of a month is as precise as the words are, not approximate (issue 7: never more precise, never less).
    expect(find(scene, "/dji-suspension")?.attrs["aria-label"]).toBe(
      "DJI suspends its business, openly: late April 2022",
    );
    expect(find(scene, "/sanctions-stress-test")?.attrs["aria-label"]).toMatch(
      /: around late February and early March 2022, an approximate date$/,
    );
  });

  test("says under its key, at every width, that most years are inferred (the images travel alone)", () => {
    for (const width of [320, 640]) {
      const drawn = sceneToSvg(timeline(inputs.timeline, { highlight: [] }, { width, height: 420 }));
      expect(drawn.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain(
        "Most articles give no year; the sources page says how each year is inferred.",
      );
    }
  });

  test("renders as a group, not an image, so its links stay reachable", () => {
    expect(sceneToSvg(scene, { role: "group", label: "Timeline" })).toMatch(
      /^<svg [^>]*role="group" aria-label="Timeline"/,
    );
  });
});
