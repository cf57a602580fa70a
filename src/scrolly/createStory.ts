import { renderScene } from "./renderScene.ts";
import type { SceneSet } from "./sceneSet.ts";
import { keepOneTabStop } from "./timelineKeys.ts";
import { followActive } from "./followActive.ts";

const TRANSITION_MS = 600;

/**
 * The announcer's words, "Step {step} of {steps}. {description}", in the page's locale: the
 * template and the Intl locale come from its data-template and data-intl attributes.
 */
function announce(data: DOMStringMap, step: number, steps: number, description: string): string {
  const template = data.template ?? "{description}";
  const number = new Intl.NumberFormat(data.intl);
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

/** The width of the graphic's chart canvas, clamped as the charts are drawn (280–760 px). */
export function canvasWidth(graphic: HTMLElement): number {
  const canvas = graphic.querySelector<HTMLElement>("figure.is-active .chart-canvas") ?? graphic;
  return Math.max(280, Math.min(canvas.clientWidth || 640, 760));
}

/**
 * The story's controller: shows a step's chart state, drawn by the build (a SceneSet), derived
 * from that step alone. Keeps its state in a closure and returns itself from each method, so calls chain.
 */
export function createStory(initial: SceneSet, els: StoryElements, reducedMotion: () => boolean) {
  let scenes = initial;
  let active = -1;
  const figures = new Map<string, HTMLElement>();
  for (const figure of els.graphic.querySelectorAll<HTMLElement>("figure[data-chart]"))
    figures.set(figure.dataset.chart!, figure);
  // Scenes name their steps; a page and a scene set from different builds must not be mixed.
  const ids = els.steps.map((s) => s.id).join(" ");
  const check = (set: SceneSet) => {
    if (set.steps.map((s) => s.id).join(" ") !== ids)
      throw new Error(`the scenes at ${set.width} px do not match the page's steps`);
  };
  check(scenes);

  function draw(index: number, animate: boolean) {
    const step = scenes.steps[index]!;
    const figure = figures.get(step.chart)!;
    const svg = figure.querySelector<SVGSVGElement>("svg.chart-svg")!;
    renderScene(svg, step.scene, animate && !reducedMotion() ? TRANSITION_MS : 0);
    // A chart whose marks are links (the timeline's events) keeps one of them in the tab order;
    // for a chart with none there is nothing to do, so no chart is named here.
    keepOneTabStop(svg);
    followActive(svg.parentElement!, step.scene, animate && !reducedMotion());
    figure.querySelector(".chart-desc")!.textContent = step.scene.description;
    return step;
  }

  const story = {
    /** Shows step `index`: its chart, in its state, announced politely. */
    show(index: number, options: { animate?: boolean; announce?: boolean } = {}) {
      if (index === active) return story;
      const previous = scenes.steps[active];
      const step = scenes.steps[index]!;
      const sameChart = previous?.chart === step.chart;
      for (const [key, figure] of figures) figure.classList.toggle("is-active", key === step.chart);
      els.graphic.dataset.activeChart = step.chart;
      draw(index, (options.animate ?? true) && sameChart);
      els.steps.forEach((el, i) => el.classList.toggle("is-active", i === index));
      els.navLinks.forEach((a) => (a.ariaCurrent = a.dataset.section === step.section ? "true" : null));
      els.progress.value = index + 1;
      if (options.announce ?? true)
        els.announcer.textContent = announce(
          els.announcer.dataset,
          index + 1,
          scenes.steps.length,
          step.scene.description,
        );
      active = index;
      return story;
    },
    /** Redraws the current step from another width's scenes (after a resize), without replaying any step. */
    useScenes(set: SceneSet) {
      check(set);
      scenes = set;
      if (active >= 0) draw(active, false);
      return story;
    },
    get width() {
      return scenes.width;
    },
    get active() {
      return active;
    },
  };
  return story;
}
