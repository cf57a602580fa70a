// `npm run bench:story`: builds the site, then in Debian's Chromium measures what the story
// page downloads and how smoothly it scrolls. Prints figures; nothing here is asserted.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { measureScroll } from "../support/scrollSmoothness.ts";
import { startStaticServer } from "../../scripts/staticServer.ts";

const KB = 1024;
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  const transfers = await measureFirstLoad(await browser.newPage(), server.url);
  console.log("story page, first load:");
  for (const kind of ["html", "css", "js", "image", "other"] as const) {
    const raw = total(transfers, "raw", [kind]);
    if (raw)
      console.log(
        `  ${kind.padEnd(6)} ${(raw / KB).toFixed(1).padStart(7)} KB raw ${(total(transfers, "gzip", [kind]) / KB).toFixed(1).padStart(6)} KB gzip ${(total(transfers, "brotli", [kind]) / KB).toFixed(1).padStart(6)} KB brotli`,
      );
  }
  console.log(
    `  total  ${(total(transfers, "raw") / KB).toFixed(1).padStart(7)} KB raw ${(total(transfers, "gzip") / KB).toFixed(1).padStart(6)} KB gzip`,
  );
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    const s = await measureScroll(browser, server.url, viewport);
    const describe = (tasks: number[]) =>
      `${tasks.length}${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ""}`;
    console.log(`scripted scroll at ${viewport.width}x${viewport.height}:`);
    console.log(`  long tasks (>50 ms) while loading: ${describe(s.loadLongTasks)}`);
    console.log(`  long tasks (>50 ms) while scrolling: ${describe(s.scrollLongTasks)}`);
    console.log(
      `  frame times: median ${s.frames.median.toFixed(1)} ms, p95 ${s.frames.p95.toFixed(1)} ms, max ${s.frames.max.toFixed(1)} ms over ${s.frames.count} frames`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
