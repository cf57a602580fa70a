// Trusted Types: the policy refuses any HTML written from a string, and no script of ours
// tries to, through a whole read of the story, every embed page and the sources.
import { CHART_KEYS } from "../../src/charts/registry.ts";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { steps } from "./storyPage.ts";

/** Records every CSP violation the page reports, from the first script on, and CSP console messages. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__cspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      );
    });
  });
  return seen;
}

test("the policy requires Trusted Types, so a string written as HTML is refused and reported", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto("/");
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")).toContain(
    "require-trusted-types-for 'script'",
  );
  const result = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML("beforeend", "<b>injected</b>");
      return "written";
    } catch {
      return "refused";
    }
  });
  expect(result).toBe("refused");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test("a full scripted read of the story, with its tools and the timeline keys, causes no violation", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  for (const step of steps) {
    const box = await page.locator(`#${step.id}`).boundingBox();
    await page.mouse.wheel(0, box!.y - 200);
    await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
  }
  for (const summary of await page.locator(".graphic figure.is-active summary").all()) await summary.click();
  const event = page.locator('.graphic figure.is-active a.event[tabindex="0"]');
  await event.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.locator(".story-footer a").first().focus();
  expect(violations).toEqual([]);
});

test("the embed pages, in every state and theme, and the sources pages cause no violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await recordViolations(page);
  for (const chart of CHART_KEYS) {
    await page.goto(`/embed/${chart}/`);
    const states = (await page.locator("html").getAttribute("data-states"))!.split(" ");
    for (const summary of await page.locator("summary").all()) await summary.click();
    for (const state of states) {
      await page.goto(`/embed/${chart}/${state}/`);
      await page.goto(`/embed/${chart}/?state=${state}&theme=dark&plain=1`);
    }
  }
  for (const path of ["/sources/", "/sources/articles/000/"]) {
    await page.goto(path);
    await page.mouse.wheel(0, 100_000);
  }
  expect(violations).toEqual([]);
});
