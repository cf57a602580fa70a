import { describe, expect, test } from "vitest";
import { otherLedger } from "../../src/charts/other-ledger/render.ts";
import type { Mark } from "../../src/charts/scene.ts";
import { textWidth, wrapToWidth } from "../../src/charts/textWidth.ts";
import { timeline } from "../../src/charts/timeline/render.ts";
import { inputs } from "../support/story.ts";

const phone = { width: 288, height: 400 };
const lines = (m: Mark): string[] => (m.text !== undefined ? [m.text] : (m.children ?? []).flatMap(lines));
const all = (marks: Mark[]): Mark[] => marks.flatMap((m) => [m, ...all(m.children ?? [])]);

describe("wrapToWidth(text, maxWidth, fontSize, bold)", () => {
  test("keeps every line within the width, keeps every word, and a lone long word on its own line", () => {
    const text = "Russia's share of China's trade: 2% (each square is one percent)";
    const wrapped = wrapToWidth(text, 200, 13, true);
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(200);
    expect(wrapped.join(" ")).toBe(text);
    expect(wrapToWidth("Supercalifragilistic", 20, 13)).toEqual(["Supercalifragilistic"]);
  });
});

describe("charts at a phone's width", () => {
  test("the other ledger wraps its labels to the chart, and the waffle's squares start below its label", () => {
    const scene = otherLedger(inputs["other-ledger"], { show: ["exports", "imports", "share"] }, phone);
    // Labels are bold 13 px; notes, axis titles and caveats are smaller.
    const labels = all(scene.marks).filter((m) => m.tag === "text" && String(m.attrs.class).startsWith("label"));
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels)
      for (const line of lines(label)) expect(textWidth(line, 13, true), line).toBeLessThanOrEqual(phone.width - 8);
    const small = all(scene.marks).filter(
      (m) => m.tag === "text" && /^(note|axis-title|caveat)/.test(String(m.attrs.class)),
    );
    for (const text of small) {
      const size = String(text.attrs.class).startsWith("caveat") ? 12 : 11;
      for (const line of lines(text)) expect(textWidth(line, size), line).toBeLessThanOrEqual(phone.width - 8);
    }
    const share = scene.marks.find((m) => m.key === "share")!;
    const labelLines = lines(share.children![0]!).length;
    expect(labelLines).toBeGreaterThan(1);
    expect(share.children![1]!.attrs.y).toBeGreaterThan(Number(share.children![0]!.attrs.y) + (labelLines - 1) * 16);
  });

  test("the timeline wraps an active event's title to the chart's width", () => {
    const events = inputs.timeline.events.map((e) => e.claim);
    const scene = timeline(inputs.timeline, { highlight: events }, phone);
    const labels = all(scene.marks).filter((m) => m.tag === "text" && String(m.attrs.class).startsWith("event-label"));
    for (const label of labels) {
      const x = Number(label.attrs.x);
      for (const line of lines(label)) {
        const [left, right] =
          label.attrs["text-anchor"] === "end"
            ? [x - textWidth(line, 12, true), x]
            : [x, x + textWidth(line, 12, true)];
        expect(left, line).toBeGreaterThanOrEqual(0);
        expect(right, line).toBeLessThanOrEqual(phone.width);
      }
    }
  });
});
