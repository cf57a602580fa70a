// `npm run bench:story`: builds the site, then in Debian's Chromium measures what the story
// page downloads and how smoothly it scrolls. Prints figures; nothing here is asserted.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { startStaticServer } from "../support/staticServer.ts";

const KB = 1024;
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  const weightPage = await browser.newPage();
  const transfers = await measureFirstLoad(weightPage, server.url);
  console.log("story page, first load:");
  for (const kind of ["html", "css", "js", "image", "other"] as const) {
    const raw = total(transfers, "raw", [kind]);
    if (raw) console.log(`  ${kind.padEnd(6)} ${(raw / KB).toFixed(1).padStart(7)} KB raw ${(total(transfers, "gzip", [kind]) / KB).toFixed(1).padStart(6)} KB gzip ${(total(transfers, "brotli", [kind]) / KB).toFixed(1).padStart(6)} KB brotli`);
  }
  console.log(`  total  ${(total(transfers, "raw") / KB).toFixed(1).padStart(7)} KB raw ${(total(transfers, "gzip") / KB).toFixed(1).padStart(6)} KB gzip`);

  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      const w = window as unknown as { __loadLong: number[] };
      w.__loadLong = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__loadLong.push(e.duration))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(server.url, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const loadLong = await page.evaluate(() => (window as unknown as { __loadLong: number[] }).__loadLong);
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __frames: number[] };
      w.__long = [];
      w.__frames = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: "longtask" });
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // A reader scrolling steadily through the whole story with the mouse wheel.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 120) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(800);
    const { long, frames } = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __frames: number[] };
      return { long: w.__long, frames: w.__frames.slice(1) };
    });
    frames.sort((a, b) => a - b);
    const pct = (p: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))]!.toFixed(1);
    console.log(`scripted scroll at ${viewport.width}x${viewport.height}:`);
    const describe = (tasks: number[]) => `${tasks.length}${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ""}`;
    console.log(`  long tasks (>50 ms) while loading: ${describe(loadLong)}`);
    console.log(`  long tasks (>50 ms) while scrolling: ${describe(long)}`);
    console.log(`  frame times: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms over ${frames.length} frames`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
