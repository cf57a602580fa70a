import { visibleOnly, type Scene } from "../charts/scene.ts";
import { escapeXml, sceneToSvg } from "../charts/sceneToSvg.ts";
import { pageChartRules } from "./chartStyle.ts";

// The hatch that disputed ranges and approximate dates fill with (ChartDefs.astro on the page).
const DEFS =
  '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>';

/** Where a step's chart image is, relative to the story page. */
export const stepImageHref = (stepId: string) => `steps/${stepId}.svg`;

/** The same chart drawn for a phone, which the page picks below 632 px (the timeline runs down the page). */
export const narrowStepImageHref = (stepId: string) => `steps/${stepId}-narrow.svg`;

/**
 * A step's chart as a standalone SVG file, drawn as the page draws it (the page's chart rules,
 * light or dark as the reader's system is), for readers without the scroll mode: no script,
 * a failed one, or print. The page shows it with the chart's description as its alt text.
 */
export function stepImage(scene: Scene, title: string): string {
  const svg = sceneToSvg(visibleOnly(scene), { role: "img" });
  const open = svg.indexOf(">") + 1;
  return `${svg.slice(0, open)}<title>${escapeXml(title)}</title><style>${pageChartRules()}</style>${DEFS}${svg.slice(open)}`;
}
