import { test as base, expect } from "@playwright/test";

/**
 * A page that records what a reader's browser would do wrong: requests to any origin other
 * than the site's, and console errors. Tests assert both lists are empty.
 */
export const test = base.extend<{ offOrigin: string[]; consoleErrors: string[] }>({
  offOrigin: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const seen: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) seen.push(url);
    });
    await use(seen);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };
