import type { Scene } from "../charts/scene.ts";
import { round, visibleOnly, wrap } from "../charts/scene.ts";
import { escapeXml, markToSvg } from "../charts/sceneToSvg.ts";

// A downloaded SVG or PNG stands alone: fixed light colours, a named font, no page CSS.
const STYLE = `
text { font-family: "DejaVu Sans", sans-serif; fill: #1b1b1b; font-size: 12px; }
.title { font-size: 20px; font-weight: bold; }
.meta { font-size: 12px; fill: #545454; }
.note, .axis text, .axis-title { fill: #545454; font-size: 11px; }
.label { font-weight: bold; font-size: 13px; }
.axis line, .zero, .gridline { stroke: #cfcfc7; }
.bar-february { fill: #e4e2da; stroke: #545454; }
.bar-march, .bar-down, .cell.cell-on { fill: #a3231b; }
.bar-total { fill: none; stroke: #3d3d3d; stroke-width: 2; stroke-dasharray: 5 3; }
.bar-range { fill: url(#hatch); stroke: #a3231b; }
.bar-up { fill: #1d6b4a; }
.bar-track { fill: #e4e2da; }
.bar-open { fill: none; stroke: #a3231b; stroke-width: 1.5; stroke-dasharray: 4 3; }
.cell { fill: #e4e2da; stroke: #545454; }
.cell.cell-on { stroke: #a3231b; }
.caveat { font-style: italic; }
.lane-label { fill: #545454; font-weight: bold; font-size: 11px; }
.mark-day, .mark-span, .mark-undated { fill: #6d6d6d; stroke: #fbfbf8; }
.mark-approximate { fill: url(#hatch); stroke: #6d6d6d; stroke-dasharray: 3 2; }
.is-active .mark-day, .is-active .mark-span, .is-active .mark-undated { fill: #a3231b; stroke: #1b1b1b; stroke-width: 2; }
.event-label { font-weight: bold; }
.leader { fill: none; stroke: #6d6d6d; }
.event-label.is-muted { font-weight: normal; fill: #545454; }
.hatch-bg { fill: #e4e2da; } .hatch-line { stroke: #a3231b; stroke-width: 3; }
`;

const DEFS =
  '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>';

export interface ExportText {
  title: string;
  sourceLine: string;
  credit: string;
}

const PAD = 16;

/** The source line and credit, wrapped: the source line names every article and can run long. */
function footerLines(text: ExportText, width: number): string[] {
  // 12px DejaVu Sans runs about 7px a character.
  return [...wrap(text.sourceLine, Math.floor((width - PAD * 2) / 7)), text.credit];
}

/** Where the chart goes in an image `width` wide (and `height` tall, or as tall as it needs). */
export function chartArea(text: ExportText, width: number, height?: number) {
  // Bold 20px DejaVu Sans runs about 12.5px a character; the title wraps to fit.
  const lines = wrap(text.title, Math.floor((width - PAD * 2) / 12.5));
  const foot = footerLines(text, width);
  const top = 16 + lines.length * 26;
  const footer = 12 + foot.length * 16;
  return {
    top,
    lines,
    foot,
    footer,
    width: width - PAD * 2,
    height: height === undefined ? Number.NaN : height - top - footer,
  };
}

/**
 * A chart as a standalone SVG file, with its title above and the source line and credit
 * below, inside the image, so they travel with it.
 *
 * @example exportSvg(scene, { title, sourceLine, credit })
 */
export function exportSvg(scene: Scene, text: ExportText, options: { width?: number; height?: number } = {}): string {
  const width = options.width ?? scene.width + PAD * 2;
  const area = chartArea(text, width, options.height);
  const height = options.height ?? scene.height + area.top + area.footer;
  const scale = options.height === undefined ? 1 : Math.min(area.width / scene.width, area.height / scene.height, 1.6);
  // In a fixed frame (a share card) a chart shorter than its area sits in the middle of it.
  const top =
    options.height === undefined ? area.top : area.top + Math.max(0, (area.height - scene.height * scale) / 2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">` +
    `<title id="title">${escapeXml(text.title)}</title><desc id="desc">${escapeXml(scene.description)}</desc>` +
    `<style>${STYLE}</style>${DEFS}<rect width="100%" height="100%" fill="#fbfbf8"/>` +
    area.lines
      .map((line, i) => `<text class="title" x="${PAD}" y="${34 + i * 26}">${escapeXml(line)}</text>`)
      .join("") +
    `<g transform="translate(${PAD} ${round(top)}) scale(${scale.toFixed(3)})">${visibleOnly(scene)
      .marks.map((m) => markToSvg(m, true))
      .join("")}</g>` +
    area.foot
      .map(
        (line, i) =>
          `<text class="meta" x="${PAD}" y="${height - 8 - (area.foot.length - 1 - i) * 16}">${escapeXml(line)}</text>`,
      )
      .join("") +
    `</svg>`
  );
}
