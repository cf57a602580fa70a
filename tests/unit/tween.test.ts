import { describe, expect, it } from "vitest";
import { nearestWidth } from "../../src/scrolly/sceneSet.ts";
import { interpolate } from "../../src/scrolly/tween.ts";

describe("the story's tween", () => {
  it("moves every number in a value, keeping the rest", () => {
    expect(interpolate("M0,10L20,-4", "M10,30L40,4")!(0.5)).toBe("M5,20L30,0");
    expect(interpolate("12.5", "2.5e1")!(0)).toBe("12.5");
    expect(interpolate("12.5", "2.5e1")!(1)).toBe("25");
  });

  it("refuses to move between values of different shapes, which then change at once", () => {
    expect(interpolate("M0,0L1,1", "M0,0L1,1L2,2")).toBeNull();
    expect(interpolate("translate(1,2)", "scale(2)")).toBeNull();
    expect(interpolate("bar", "bar is-active")).toBeNull();
  });
});

describe("the scenes' width buckets", () => {
  it("pick the bucket nearest the canvas by ratio", () => {
    expect(nearestWidth(375)).toBe(340);
    expect(nearestWidth(760)).toBe(760);
    expect(nearestWidth(280)).toBe(280);
    expect(nearestWidth(590, [340, 640])).toBe(640);
  });
});
