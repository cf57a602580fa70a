import { describe, expect, test } from "vitest";
import { DEFAULT_SIZE, renderChart } from "../../src/charts/index.ts";
import { chartRules } from "../../src/story/chartStyle.ts";
import { narrowStepImageHref, stepImage, stepImageHref } from "../../src/story/stepImage.ts";
import { inputs, storyModel } from "../support/story.ts";

describe("a step's chart as an image file", () => {
  test("chartRules keeps the theme and the chart marks' rules, not the page's layout", () => {
    const css =
      ":root { --bar: red; }\n:root[data-theme=dark] { color-scheme: dark; }\n@media print { .bar-march { fill: black; } }\n.scrolly { display: grid; }\n.bar-march, .key .mark-day { fill: var(--bar); }\n.event.is-active .mark-span { stroke: var(--text); }";
    expect(chartRules(css).split("\n")).toEqual([
      ":root { --bar: red; }",
      ".bar-march, .key .mark-day { fill: var(--bar); }",
      ".event.is-active .mark-span { stroke: var(--text); }",
    ]);
  });

  test("stands alone: its title, the page's chart rules in light and dark, the hatch, the step's marks", () => {
    const step = storyModel.steps.find((s) => s.id === "telecom")!;
    const svg = stepImage(
      renderChart(step.chart, inputs[step.chart] as never, step.state as never, DEFAULT_SIZE),
      "Exports",
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><title>Exports<\/title><style>/);
    expect(svg).toMatch(/--bar: light-dark\(/);
    expect(svg).toContain(".bar-march { fill: var(--bar); }");
    expect(svg).toContain('<pattern id="hatch"');
    expect(svg).toContain('data-key="telecom-decline"');
    expect(svg).not.toMatch(/\.scrolly|\.masthead|@media/);
    // An image to assistive technology, named by its title; the page links it beside the story.
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect([stepImageHref("telecom"), narrowStepImageHref("telecom")]).toEqual([
      "steps/telecom.svg",
      "steps/telecom-narrow.svg",
    ]);
  });

  test("holds only what its step shows: no hidden row that a search, a copy or a screen reader would find", () => {
    // At the laptops step the chart shows laptops only; smartphones come two steps later.
    const step = storyModel.steps.find((s) => s.id === "laptops")!;
    const svg = stepImage(
      renderChart(step.chart, inputs[step.chart] as never, step.state as never, DEFAULT_SIZE),
      "Exports",
    );
    expect(svg).toContain("Laptops: down more than 40% or 40%");
    expect(svg).not.toContain("Smartphones");
    expect(svg).not.toMatch(/opacity="0"/);
  });
});
