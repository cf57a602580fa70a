import { expect, test } from "./fixtures.ts";

test("the story page opens in Chromium with its title, charts and sources, without leaving the origin", async ({
  page,
  offOrigin,
  consoleErrors,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quiet exit");
  await expect(page.locator(".graphic figure.is-active svg")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeAttached();
  expect(offOrigin).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
