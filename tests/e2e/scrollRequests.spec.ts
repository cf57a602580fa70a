// Reading the story costs nothing beyond the first load (the page, its script and one file of chart
// states): a full wheel scroll through every step, and the #step the script writes into the address as
// it goes, request nothing once the story has set up (fetching its chart states, scenes/, is
// part of that): no favicon again (Chromium refetches a page's icon after every
// same-document navigation; the build inlines it, src/build/inlineFavicon.ts), no data, no image.
import { steps } from "./storyPage.ts";
import { expect, test } from "./fixtures.ts";

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test(`at ${viewport.width} px, a full wheel scroll through the story requests nothing after the load`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/", { waitUntil: "networkidle" });
    // On a busy machine the network can idle while the parser is still on its way to the script:
    // the load is over once the script has run.
    await page.waitForLoadState("load");
    await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
    // Cache hits count too: Playwright reports every request the page makes, served or not.
    const later: string[] = [];
    page.on("request", (request) => later.push(request.url()));
    const hashes = new Set<string>();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 200) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(20);
      hashes.add(await page.evaluate(() => location.hash));
    }
    await page.waitForTimeout(500);
    // The scroll did change the state (and the address) step by step, so the check means something.
    expect(hashes.size).toBeGreaterThan(steps.length / 2);
    expect(later).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test("following section links and changing the #step by hand request nothing", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  const later: string[] = [];
  page.on("request", (request) => later.push(request.url()));
  for (const link of await page.locator(".section-nav a").all()) await link.click();
  for (const step of steps.slice(0, 6)) {
    await page.evaluate((id) => (location.hash = `#${id}`), step.id);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  expect(later).toEqual([]);
});
