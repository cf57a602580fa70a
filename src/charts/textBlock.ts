import { mark, textLines, type Mark } from "./scene.ts";
import { fillIn, words } from "../lib/words.ts";
import { wrapToWidth } from "./textWidth.ts";

/** The chart text styles (critical.css and exportSvg.ts): size in px, weight, and line height. */
const STYLES = {
  label: { size: 13, bold: true, line: 16 },
  note: { size: 11, bold: false, line: 14 },
  caveat: { size: 12, bold: false, line: 16 },
  axis: { size: 11, bold: false, line: 14 },
} as const;

type Style = keyof typeof STYLES;

/** Wrapped text of one style at (x, y), and the height its lines take. */
export function textBlock(
  key: string,
  text: string,
  style: Style,
  x: number,
  y: number,
  width: number,
  attrs: Record<string, string> = {},
) {
  const { size, bold, line } = STYLES[style];
  const lines = wrapToWidth(text, width, size, bold);
  return {
    mark: textLines(key, lines, { x, y: y + line - 3, class: style, ...attrs }, line),
    height: lines.length * line,
  };
}

/** A chart's caveats, printed on the chart itself so that every rendering carries them. */
export function caveatMarks(
  caveats: { claim: string; title: string; statement: string }[],
  x: number,
  y: number,
  width: number,
) {
  const marks: Mark[] = [];
  let height = 0;
  for (const caveat of caveats) {
    const block = textBlock(
      caveat.claim,
      fillIn(words().charts.caveat, { title: caveat.title, statement: caveat.statement }),
      "caveat",
      x,
      y + height,
      width,
    );
    marks.push(block.mark);
    height += block.height + 6;
  }
  return { mark: mark("g", "caveats", { class: "caveats" }, marks), height };
}
