import { describe, expect, it } from "vitest";
import { bucketWidth } from "../../src/scrolly/sceneSet.ts";
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
  it("pick the widest bucket that fits the canvas, so labels are never shrunk", () => {
    // Hand-checked against the list 280, 320, 360, 420, 480, 540, 600, 680, 760.
    expect(bucketWidth(375)).toBe(360);
    expect(bucketWidth(760)).toBe(760);
    expect(bucketWidth(599)).toBe(540);
    expect(bucketWidth(600)).toBe(600);
    expect(bucketWidth(250)).toBe(280);
    expect(bucketWidth(590, [340, 640])).toBe(340);
  });
});
