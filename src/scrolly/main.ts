// The story in the browser: scrollama reports that the reader has moved; the active step is
// then worked out from positions alone, and its chart state drawn from the scenes the build
// computed (fetched once, src/scrolly/loadScenes.ts). The page's own HTML and CSS
// are the static story (each step with its chart, drawn at build time); only when setup has
// fully worked does this script add .scrolly-ready to <html>, which makes the graphic sticky
// and hides the step charts. If anything throws later, the class goes and the static charts
// come back, and the error is logged once.
import scrollama from "scrollama";
import { wireCopyButtons } from "../embed/copyButtons.ts";
import { activeStepIndex } from "./activeStepIndex.ts";
import { canvasWidth, createStory } from "./createStory.ts";
import { loadScenes, sceneWidthFor } from "./loadScenes.ts";
import type { SceneSet } from "./sceneSet.ts";
import { revealNavLinkOnFocus, revealOnFocus } from "./revealOnFocus.ts";
import { enableTimelineKeys } from "./timelineKeys.ts";

/**
 * Where a step becomes active, as a fraction of the viewport's height (set in critical.css):
 * `--trigger` in scroll mode, `--trigger-static` for the static page before it.
 */
function triggerLine(name = "--trigger"): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue(name));
  return Number.isFinite(value) ? value : 0.5;
}

function start(scenes: SceneSet): void {
  const steps = [...document.querySelectorAll<HTMLElement>(".step[data-step]")];
  const graphic = document.querySelector<HTMLElement>(".graphic")!;
  const motion = matchMedia("(prefers-reduced-motion: reduce)");
  const story = createStory(
    scenes,
    {
      graphic,
      steps,
      announcer: document.getElementById("step-announcer")!,
      navLinks: [...document.querySelectorAll<HTMLAnchorElement>(".section-nav a[data-section]")],
      progress: document.querySelector<HTMLProgressElement>("progress.progress")!,
    },
    () => motion.matches,
  );

  const fromPosition = (line = "--trigger") =>
    activeStepIndex(
      steps.map((s) => s.getBoundingClientRect().top),
      innerHeight * triggerLine(line),
    );
  // Compared as written: decoding a malformed hash (#100%) would throw.
  const fromHash = () => steps.findIndex((s) => `#${s.id}` === location.hash);
  const isStepHash = () => location.hash === "" || fromHash() >= 0;

  const apply = () =>
    guarded(() => {
      const index = fromPosition();
      // Above the first step the graphic already shows that step's state.
      story.show(Math.max(0, index));
      // Follow the reader in the URL without adding history entries; leave other anchors (#note-…) alone.
      if (index >= 0 && isStepHash() && location.hash !== `#${steps[index]!.id}`)
        history.replaceState(null, "", `#${steps[index]!.id}`);
    });
  // Scroll events arrive inside the browser's frame, which then lays out and paints the page.
  // Drawing a step there too makes one task of both (over 50 ms on a phone at 4× CPU
  // slowdown), so the step is drawn in a task of its own, once however many events came.
  let queued = false;
  const update = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      apply();
    });
  };

  // The step the reader is on in the static page: a deep link's, or the one they scrolled to
  // before this script arrived. It is drawn now and kept in place when the layout switches.
  const linked = fromHash();
  const reading = linked >= 0 ? linked : fromPosition("--trigger-static");
  story.show(Math.max(0, reading), { animate: false, announce: false });

  // scrollama only says "a step crossed the line"; which step is active comes from positions.
  let scroller: ReturnType<typeof scrollama> | null = null;
  const watch = () => {
    scroller?.destroy();
    const offset = Math.round(triggerLine() * 10) / 10;
    scroller = scrollama()
      .setup({ step: ".step[data-step]", offset: offset as 0.5 })
      .onStepEnter(update)
      .onStepExit(update);
  };
  watch();
  // scrollama reports a step crossing its line; a jump (a link, a script's scrollIntoView, a
  // scroll made while the observers were still being set up) may cross none. Once any scroll
  // has ended, the active step is worked out again from positions, once.
  addEventListener("scrollend", update, { passive: true });
  matchMedia("(min-width: 60rem)").addEventListener("change", () => {
    watch();
    update();
  });
  addEventListener("hashchange", () =>
    guarded(() => {
      const index = fromHash();
      if (index >= 0) story.show(index);
    }),
  );
  // The viewBox scales a scene up to its canvas; only a canvas in another bucket loads its scenes.
  // If that load fails, the scenes in place still fit, scaled, so the story goes on.
  let wanted = story.width;
  new ResizeObserver(() =>
    guarded(() => {
      const width = sceneWidthFor(canvasWidth(graphic));
      if (width === wanted) return;
      wanted = width;
      loadScenes(width).then(
        (set) => guarded(() => set.width === wanted && story.useScenes(set)),
        () => undefined,
      );
    }),
  ).observe(graphic);

  // Arrow keys move through the events of any chart whose marks are links (the timeline's).
  for (const svg of graphic.querySelectorAll<SVGSVGElement>("figure[data-chart] svg.chart-svg"))
    enableTimelineKeys(svg);
  revealOnFocus(graphic);
  const nav = document.querySelector<HTMLElement>(".section-nav");
  if (nav) revealNavLinkOnFocus(nav);

  // Last: switch to scroll mode, then put the reader's step where it is active.
  switchLayout(true, reading >= 0 ? steps[reading] : undefined);
  currentStep = () => steps[Math.max(0, fromPosition())];
  // The scenes arrive after a fetch, by when the reader may have scrolled with no scroll event
  // since: take up the step where the reader is now, and write it into the address.
  apply();
}

/** The step on screen, so a switch of layout (either way) leaves the reader where they were. */
let currentStep: () => HTMLElement | undefined = () => undefined;

function switchLayout(ready: boolean, keep: HTMLElement | undefined): void {
  document.documentElement.classList.toggle("scrolly-ready", ready);
  document.documentElement.classList.toggle("charts-failed", !ready);
  // The step's scroll-margin puts its top just above the trigger line: the active step.
  keep?.scrollIntoView({ behavior: "instant", block: "start" });
}

let failed = false;

/** Falls back to the static charts drawn at build time, and logs the first error only. */
function fail(error: unknown): void {
  if (failed) return;
  failed = true;
  let keep: HTMLElement | undefined;
  try {
    keep = document.documentElement.classList.contains("scrolly-ready") ? currentStep() : undefined;
  } catch {
    keep = undefined;
  }
  switchLayout(false, keep);
  console.warn("Quiet Exit: the interactive charts failed; showing the static charts instead.", error);
}

/** Runs `work` unless the charts have already failed, containing any error it throws. */
function guarded(work: () => void): void {
  if (failed) return;
  try {
    work();
  } catch (error) {
    fail(error);
  }
}

guarded(() => {
  const graphic = document.querySelector<HTMLElement>(".graphic");
  if (!graphic) throw new Error("the story's graphic is missing from the page");
  loadScenes(sceneWidthFor(canvasWidth(graphic))).then((scenes) => guarded(() => start(scenes)), fail);
});
wireCopyButtons(document);
