import { readFileSync } from "node:fs";
import { join } from "node:path";

// A chart drawn as an image file (a step's no-script chart) cannot see the page's stylesheet,
// so it carries the page's own chart rules inside it. They are read from the site's CSS, not
// copied, so the image and the live chart keep one set of colours for light and dark.
const CHART_SELECTOR =
  /(^|[\s,>])(:root(?![\w[-])|\.chart-svg\b|\.bar-|\.hatch-|\.cell\b|\.cell-|\.lane-label\b|\.event\b|\.event-|\.mark-)/;

/** The top-level rules of `css` (no at-rules) whose selectors draw chart marks, in order. */
export function chartRules(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const kept: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ";" && depth === 0)
      start = i + 1; // an at-rule statement such as @import
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      const rule = text.slice(start, i + 1).trim();
      const selector = rule.slice(0, rule.indexOf("{"));
      if (!selector.startsWith("@") && CHART_SELECTOR.test(selector)) kept.push(rule.replace(/\s+/g, " "));
      start = i + 1;
    }
  }
  return kept.join("\n");
}

let cached: string | undefined;
/** The chart rules of the site's stylesheets, the first screen's and the rest (read once a build). */
export function pageChartRules(root = process.cwd()): string {
  const read = (name: string) => readFileSync(join(root, "src/styles", name), "utf8");
  cached ??= chartRules(`${read("critical.css")}\n${read("global.css")}`);
  return cached;
}
