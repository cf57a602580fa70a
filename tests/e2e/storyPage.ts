// Reading the story page as a reader sees it: which step is active, and what each chart shows.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { DOMParser } from "linkedom";
import { parse } from "yaml";

interface StepSpec {
  id: string;
  chart: "export-declines" | "other-ledger" | "timeline";
  state: { reveal?: string[]; caveat?: boolean; show?: string[]; highlight?: string[] };
}

const story = parse(readFileSync(new URL("../../src/content/story.yaml", import.meta.url), "utf8")) as {
  sections: { id: string; steps: StepSpec[] }[];
};

/** Every step of the story, read from the content file, independently of the page. */
export const steps: StepSpec[] = story.sections.flatMap((s) => s.steps);

/** Scrolls so that the step's top sits where a reader following a link to it would see it. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (stepId) => document.getElementById(stepId)!.scrollIntoView({ behavior: "instant", block: "start" }),
    id,
  );
}

/** What the sticky graphic shows now: the chart, and the marks that are on in it. */
export async function graphicState(page: Page) {
  return page.evaluate(() => {
    const graphic = document.querySelector<HTMLElement>(".graphic")!;
    const chart = graphic.dataset.activeChart!;
    const figure = graphic.querySelector(`figure[data-chart="${chart}"]`)!;
    const shownRows = [...figure.querySelectorAll("g.row")]
      .filter((g) => g.getAttribute("opacity") === "1")
      .map((g) => g.getAttribute("data-key"));
    const highlighted = [...figure.querySelectorAll("a.event.is-active")]
      .map((a) => a.getAttribute("data-claim"))
      .sort();
    const caveat = figure.querySelector('[data-key="caveat"]')?.getAttribute("opacity") ?? null;
    return {
      chart,
      shownRows,
      highlighted,
      caveat,
      visibleFigures: graphic.querySelectorAll("figure.is-active").length,
    };
  });
}

/**
 * What a step's own static chart (an image drawn at build time) shows, in the shape
 * graphicState() reports: the image the page loaded, read as the SVG it is.
 */
export async function stepChartState(page: Page, id: string) {
  const img = page.locator(`#${id} figure.step-chart img`);
  await expect
    .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), `${id}: the image loaded`)
    .toBe(true);
  // Read outside the page: its Trusted Types policy refuses DOMParser from a string.
  const src = await img.evaluate((i: HTMLImageElement) => i.currentSrc);
  const svg = new DOMParser().parseFromString(await (await page.request.get(src)).text(), "image/svg+xml");
  return {
    chart: (await page.locator(`#${id} figure.step-chart`).getAttribute("data-chart"))!,
    shownRows: [...svg.querySelectorAll("g.row")]
      .filter((g) => g.getAttribute("opacity") === "1")
      .map((g) => g.getAttribute("data-key")),
    highlighted: [...svg.querySelectorAll("a.event.is-active")].map((a) => a.getAttribute("data-claim")).sort(),
  };
}

/** The chart state a step should show, in the shape graphicState() reports. */
export function expectedState(step: StepSpec) {
  const rolesToRows: Record<string, string[]> = {
    exports: ["total-exports-decline"],
    imports: ["imports-from-russia-april"],
    share: ["share"],
  };
  return {
    chart: step.chart,
    shownRows:
      step.chart === "export-declines"
        ? step.state.reveal!
        : step.chart === "other-ledger"
          ? step.state.show!.flatMap((r) => rolesToRows[r]!)
          : [],
    highlighted: step.chart === "timeline" ? [...step.state.highlight!].sort() : [],
  };
}

/** Records everything the page announces to screen readers, from the first script on. */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = log;
    new MutationObserver(() => {
      const text = document.getElementById("step-announcer")?.textContent;
      if (text) log.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
}
