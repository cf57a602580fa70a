import { describe, expect, test } from "vitest";
import { htmlTokens, pruneCss } from "../../src/build/pruneCss.ts";

describe("pruneCss(css, tokens): an embed page's own stylesheet", () => {
  const tokens = htmlTokens(
    '<div class="embed chart-canvas narrow" id="embed-desc"><svg class="chart-svg"></svg></div>',
  );
  const css = [
    ":root{--bg:#fff}",
    ".scrolly .graphic{position:sticky}",
    ".embed .chart-canvas.narrow{display:none}",
    "@media (max-width:479px){.embed .chart-canvas.narrow{display:block}.steps{padding:0}}",
    "@media print{.section-nav{display:none}}",
    ":root[data-theme=dark]{color-scheme:dark}",
    ".chart-svg:is(.x, .y) text{fill:red}",
    ".graphic .chart-svg,.chart-svg text{font:12px sans-serif}",
    '.note::before{content:"{ not a block }"}',
    "#embed-desc{color:gray}",
  ].join("");

  test("keeps the rules whose classes and ids the page has, and drops the story's", () => {
    const out = pruneCss(css, tokens);
    expect(out).toContain(":root{--bg:#fff}");
    expect(out).toContain(".embed .chart-canvas.narrow{display:none}");
    expect(out).toContain("@media (max-width:479px){.embed .chart-canvas.narrow{display:block}}");
    expect(out).toContain("#embed-desc{color:gray}");
    expect(out).not.toMatch(/scrolly|graphic|\.steps|section-nav|@media print/);
  });

  test("never drops a rule for a state set at run time: attributes and pseudo-classes", () => {
    expect(pruneCss(css, tokens)).toContain(":root[data-theme=dark]{color-scheme:dark}");
  });

  test("keeps the parts of a selector list that apply, and a brace inside a string is not a block", () => {
    const out = pruneCss(css, tokens);
    expect(out).toContain(".chart-svg text{font:12px sans-serif}");
    expect(out).not.toContain(".note::before");
  });
});
