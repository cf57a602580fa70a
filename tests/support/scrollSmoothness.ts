import type { Browser } from "playwright";

export interface Smoothness {
  viewport: { width: number; height: number };
  loadLongTasks: number[];
  scrollLongTasks: number[];
  /** `over17_5`: the share of frames that took longer than 17.5 ms (a missed 60 Hz frame). */
  frames: { median: number; p95: number; max: number; count: number; over17_5: number };
}

/**
 * Scrolls through the whole story with the mouse wheel, as a reader would, and records the
 * long tasks (over 50 ms) while loading and while scrolling, and the time between frames.
 * `cpuSlowdown` (4 for a slow phone) throttles the CPU through the DevTools protocol.
 */
export async function measureScroll(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  cpuSlowdown = 1,
): Promise<Smoothness> {
  const page = await browser.newPage({ viewport });
  if (cpuSlowdown !== 1)
    await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __loadLong: number[] };
    w.__loadLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__loadLong.push(e.duration))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  const loadLongTasks = await page.evaluate(() => (window as unknown as { __loadLong: number[] }).__loadLong);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number[] };
    w.__long = [];
    w.__frames = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
      type: "longtask",
    });
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
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
  await page.close();
  frames.sort((a, b) => a - b);
  const at = (p: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))] ?? 0;
  return {
    viewport,
    loadLongTasks,
    scrollLongTasks: long,
    frames: {
      median: at(0.5),
      p95: at(0.95),
      max: at(1),
      count: frames.length,
      over17_5: frames.filter((f) => f > 17.5).length / Math.max(1, frames.length),
    },
  };
}
