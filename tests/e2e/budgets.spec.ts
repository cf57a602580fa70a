// Byte budgets for the story page, measured from what Chromium downloads on a first visit.
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { expect, test } from "./fixtures.ts";

const KB = 1024;

test("the story ships at most 30 KB gzip of JavaScript and at most 100 KB gzip on first load", async ({ page }) => {
  const transfers = await measureFirstLoad(page, "/");
  const js = total(transfers, "gzip", ["js"]);
  const all = total(transfers, "gzip");
  test.info().annotations.push({ type: "weight", description: `JavaScript ${(js / KB).toFixed(1)} KB gzip; first load ${(all / KB).toFixed(1)} KB gzip` });
  expect(transfers.some((t) => t.kind === "js")).toBe(true);
  expect(js).toBeLessThanOrEqual(30 * KB);
  expect(all).toBeLessThanOrEqual(100 * KB);
});
