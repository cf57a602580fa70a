import claimsJson from "../../data/claims.json" with { type: "json" };
import { expect, test } from "./fixtures.ts";

test("the index page lists every compiled fact, in Chromium, without leaving the origin", async ({ page, offOrigin, consoleErrors }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Quiet Exit" })).toBeVisible();
  await expect(page.locator("article.claim")).toHaveCount(claimsJson.claims.length);

  const smartphones = page.locator("#smartphones-decline");
  await expect(smartphones).toContainText("60%");
  await expect(smartphones).toContainText("almost two-thirds");
  await expect(smartphones.locator(".conflict")).toContainText("The sources disagree");

  await smartphones.getByText("Quotes").click();
  await expect(smartphones.getByText("smartphones by 60%")).toBeVisible();

  expect(offOrigin).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
