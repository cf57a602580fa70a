import { mark, textLines, wrap, type Mark } from "./scene.ts";

/** Rough glyph widths, in px, of the chart text styles; wrapping uses them to stay inside the chart. */
export const CHAR = { label: 7.8, note: 6.4, caveat: 6.6, axis: 6.2 } as const;
export const LINE = { label: 16, note: 14, caveat: 16, axis: 14 } as const;

type Style = keyof typeof CHAR;

/** Wrapped text of one style at (x, y), and the height its lines take. */
export function textBlock(key: string, text: string, style: Style, x: number, y: number, width: number, attrs: Record<string, string> = {}) {
  const lines = wrap(text, Math.max(12, Math.floor(width / CHAR[style])));
  const first = y + LINE[style] - 3;
  return { mark: textLines(key, lines, { x, y: first, class: style, ...attrs }, LINE[style]), height: lines.length * LINE[style] };
}

/** A chart's caveats, printed on the chart itself so that every rendering carries them. */
export function caveatMarks(caveats: { claim: string; title: string; statement: string }[], x: number, y: number, width: number) {
  const marks: Mark[] = [];
  let height = 0;
  for (const caveat of caveats) {
    const block = textBlock(caveat.claim, `Caveat: ${caveat.title}. ${caveat.statement}`, "caveat", x, y + height, width);
    marks.push(block.mark);
    height += block.height + 6;
  }
  return { mark: mark("g", "caveats", { class: "caveats" }, marks), height };
}
