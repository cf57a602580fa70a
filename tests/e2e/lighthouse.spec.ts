// Lighthouse budgets that are stable from run to run. Performance and timings are printed by
// `npm run audit`, never asserted.
import { runLighthouse } from "../support/lighthouse.ts";
import { expect, test } from "./fixtures.ts";

const PAGES = ["", "sources/", "sources/articles/000/", "embed/timeline/"];

for (const formFactor of ["mobile", "desktop"] as const) {
  test(`Lighthouse (${formFactor}): accessibility, best practices and SEO at 100, and no layout shift`, async ({
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const pages = formFactor === "mobile" ? PAGES : PAGES.slice(0, 2);
    const results = await runLighthouse(
      pages.map((p) => `${baseURL}/${p}`),
      formFactor,
    );
    for (const r of results) {
      test.info().annotations.push({
        type: "lighthouse",
        description: `${formFactor} ${r.url}: performance ${r.scores.performance}, LCP ${(r.lcpMs / 1000).toFixed(2)} s, TBT ${r.tbtMs.toFixed(0)} ms`,
      });
      expect({
        url: r.url,
        accessibility: r.scores.accessibility,
        bestPractices: r.scores["best-practices"],
        seo: r.scores.seo,
        failing: r.failing,
      }).toEqual({
        url: r.url,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
        failing: [],
      });
      expect(r.cls, r.url).toBe(0);
    }
  });
}
