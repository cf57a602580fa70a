/**
 * SVG text does not wrap, and charts are pure functions with no DOM to measure text in, so
 * labels are wrapped by an estimate of their width. The estimate is deliberately generous
 * (it is tuned on DejaVu Sans, the widest common fallback for system-ui): a label may wrap a
 * little early, but is never cut off at the chart's edge.
 */
const NARROW = /[ il.,:;'’!|()[\]ftjr-]/;
const WIDE = /[mwMW@%]/;

/** The estimated width in pixels of `text` set at `fontSize` px, bold or not. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.36;
    else if (WIDE.test(ch)) em += 0.92;
    else if (/[A-Z0-9$]/.test(ch)) em += 0.72;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Splits `text` at spaces into lines no wider than `maxWidth`; a single long word keeps its own line. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
