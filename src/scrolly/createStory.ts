import { renderChart, type ChartKey } from "../charts/index.ts";
import type { Size } from "../charts/scene.ts";
import { renderScene } from "./renderScene.ts";
import type { Boot } from "./readBoot.ts";
import { keepOneTabStop } from "./timelineKeys.ts";

const TRANSITION_MS = 600;

/** The announcer's words, "Step {step} of {steps}. {description}", from the page's locale (its data-template). */
function announce(template: string, step: number, steps: number, description: string, intl?: string): string {
  const number = new Intl.NumberFormat(intl);
  const values: Record<string, string> = { step: number.format(step), steps: number.format(steps), description };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
}

export interface StoryElements {
  graphic: HTMLElement;
  steps: HTMLElement[];
  announcer: HTMLElement;
  navLinks: HTMLAnchorElement[];
  progress: HTMLProgressElement;
}

/**
 * The story's controller: shows a step's chart state, derived from that step alone. Keeps
 * its state in a closure and returns itself from each method, so calls chain.
 */
export function createStory(boot: Boot, els: StoryElements, reducedMotion: () => boolean) {
  let active = -1;
  const figures = new Map<ChartKey, HTMLElement>();
  for (const figure of els.graphic.querySelectorAll<HTMLElement>("figure[data-chart]")) {
    figures.set(figure.dataset.chart as ChartKey, figure);
  }

  function sizeOf(figure: HTMLElement): Size {
    const canvas = figure.querySelector<HTMLElement>(".chart-canvas")!;
    const width = Math.round(Math.max(280, Math.min(canvas.clientWidth || 640, 760)));
    return { width, height: Math.round(canvas.clientHeight || 420) };
  }

  function draw(index: number, animate: boolean) {
    const step = boot.steps[index]!;
    const figure = figures.get(step.chart)!;
    const svg = figure.querySelector<SVGSVGElement>("svg.chart-svg")!;
    const scene = renderChart(step.chart, boot.inputs[step.chart] as never, step.state as never, sizeOf(figure));
    renderScene(svg, scene, animate && !reducedMotion() ? TRANSITION_MS : 0);
    if (step.chart === "timeline") keepOneTabStop(svg);
    figure.querySelector(".chart-desc")!.textContent = scene.description;
    return scene;
  }

  const story = {
    /** Shows step `index`: its chart, in its state, announced politely. */
    show(index: number, options: { animate?: boolean; announce?: boolean } = {}) {
      if (index === active) return story;
      const previous = boot.steps[active];
      const step = boot.steps[index]!;
      const sameChart = previous?.chart === step.chart;
      for (const [key, figure] of figures) figure.classList.toggle("is-active", key === step.chart);
      els.graphic.dataset.activeChart = step.chart;
      const scene = draw(index, (options.animate ?? true) && sameChart);
      els.steps.forEach((el, i) => el.classList.toggle("is-active", i === index));
      els.navLinks.forEach((a) => (a.ariaCurrent = a.dataset.section === step.section ? "true" : null));
      els.progress.value = index + 1;
      if (options.announce ?? true) els.announcer.textContent = announce(els.announcer.dataset.template!, index + 1, boot.steps.length, scene.description, boot.words.intl);
      active = index;
      return story;
    },
    /** Redraws the current step at the graphic's new size, without replaying any step. */
    resize() {
      if (active >= 0) draw(active, false);
      return story;
    },
    get active() {
      return active;
    },
  };
  return story;
}
