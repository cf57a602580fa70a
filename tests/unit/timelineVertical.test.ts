// The timeline on a phone (issue 13): below 600 px it runs down the page, so its labels keep
// their full size; these read the scene the browser and the no-JavaScript HTML both draw.
import { describe, expect, test } from "vitest";
import type { Mark, Scene } from "../../src/charts/scene.ts";
import { sceneToSvg } from "../../src/charts/sceneToSvg.ts";
import { timeline } from "../../src/charts/timeline/render.ts";
import { inputs } from "../support/story.ts";

const events = (scene: Scene): Mark[] =>
  scene.marks.flatMap(function all(m): Mark[] {
    return m.tag === "a" ? [m] : (m.children ?? []).flatMap(all);
  });
const child = (m: Mark, key: string) => m.children!.find((c) => c.key === key)!;
const shapeOf = (m: Mark) => child(m, "marks")?.children?.find((c) => c.key === "shape") ?? child(m, "shape");
/** A label's top and bottom: its kicker line (the lane) and every line of its title. */
function labelBox(m: Mark): [number, number] {
  const label = child(m, "label");
  const lines = label.children!.map((t) => Number(t.attrs.dy ?? 0));
  const baseline = Number(label.attrs.y) + lines.reduce((a, b) => a + b, 0);
  return [Number(label.attrs.y) - 10, baseline + 4];
}

describe("timeline below 600 px", () => {
  for (const width of [280, 320, 420, 599]) {
    const scene = timeline(
      inputs.timeline,
      { highlight: ["dji-suspension", "raimondo-speech"] },
      { width, height: 300 },
    );

    test(`at ${width} px every event is labelled, in time order down the page, and no two labels overlap`, () => {
      const all = events(scene);
      expect(all.map((e) => e.key).sort()).toEqual(inputs.timeline.events.map((e) => e.claim).sort());
      const boxes = all.map(labelBox).sort((a, b) => a[0] - b[0]);
      boxes.slice(1).forEach((box, i) => expect(box[0], `label ${i + 1}`).toBeGreaterThanOrEqual(boxes[i]![1]));
      const dated = inputs.timeline.events
        .filter((e) => e.date.start)
        .sort((a, b) => a.date.start!.localeCompare(b.date.start!));
      const tops = dated.map((e) => labelBox(all.find((m) => m.key === e.claim)!)[0]);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      // The chart is drawn at the width it is given, so a phone shows its 12 px labels at 12 px.
      expect(scene.width).toBe(width);
    });

    test(`at ${width} px points are dots, spans are bars as long as their dates, and the key explains both`, () => {
      const find = (claim: string) => shapeOf(events(scene).find((m) => m.key === claim)!);
      expect(find("raimondo-speech").tag).toBe("circle");
      expect(find("dji-suspension").tag).toBe("rect");
      expect(find("sanctions-stress-test").attrs.class).toContain("mark-approximate");
      // A month (April) is drawn about three times as long as part of one (late April).
      expect(Number(find("mofcom-statement").attrs.height) / Number(find("dji-suspension").attrs.height)).toBeCloseTo(
        3,
        0,
      );
      expect(sceneToSvg(scene)).toContain("an approximate span");
    });
  }

  test("highlights the step's events with their date as the articles word it", () => {
    const scene = timeline(inputs.timeline, { highlight: ["dji-suspension"] }, { width: 320, height: 300 });
    const dji = events(scene).find((m) => m.key === "dji-suspension")!;
    expect(dji.attrs.class).toBe("event is-active");
    expect(
      child(dji, "label")
        .children!.map((t) => t.text)
        .join(" "),
    ).toBe("Companies DJI suspends its business, openly (in late April)");
    const [top, bottom] = scene.focus!;
    const [labelTop, labelBottom] = labelBox(dji);
    expect(top).toBeLessThanOrEqual(labelTop);
    expect(bottom).toBeGreaterThanOrEqual(labelBottom);
    expect(timeline(inputs.timeline, { highlight: [] }, { width: 320, height: 300 }).focus).toBeUndefined();
  });

  test("stays horizontal from 600 px", () => {
    const scene = timeline(inputs.timeline, { highlight: [] }, { width: 600, height: 300 });
    expect(scene.marks.some((m) => m.key === "dated")).toBe(false);
  });

  test("matches its snapshot at a phone's width", async () => {
    const scene = timeline(inputs.timeline, { highlight: ["dji-suspension"] }, { width: 320, height: 420 });
    await expect(sceneToSvg(scene).replace(/></g, ">\n<") + "\n").toMatchFileSnapshot(
      "../snapshots/timeline/vertical-320-dji.svg",
    );
  });
});
