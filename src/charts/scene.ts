/**
 * A chart is drawn as a Scene: a plain tree of keyed SVG marks. The same Scene is serialised
 * to an SVG string at build time (so the HTML is complete without JavaScript) and joined to
 * the live SVG by D3 in the browser (so marks move between states instead of being redrawn).
 */
export type Attr = string | number;

export interface Mark {
  /** Unique among its siblings and stable across states, so D3 can move it rather than replace it. */
  key: string;
  tag: "g" | "a" | "rect" | "line" | "path" | "circle" | "text" | "tspan" | "title" | "defs" | "pattern";
  attrs: Record<string, Attr>;
  text?: string;
  children?: Mark[];
}

export interface Scene {
  width: number;
  height: number;
  /** The text alternative: what the chart shows in this state, in words. */
  description: string;
  marks: Mark[];
  /**
   * The band [top, bottom] the state is about (the timeline's current events), which a scrolling
   * canvas keeps in view.
   */
  focus?: [number, number];
}

/**
 * The scene without the marks it keeps hidden (opacity 0: rows a state has not revealed yet,
 * kept so the live chart can fade them in). A static image or page has nothing to fade in, and
 * hidden text there would still be read by a screen reader, a search or a copy.
 */
export function visibleOnly(scene: Scene): Scene {
  const shown = (marks: Mark[]): Mark[] =>
    marks
      .filter((m) => m.attrs.opacity !== 0 && m.attrs.opacity !== "0")
      .map((m) => (m.children ? { ...m, children: shown(m.children) } : m));
  return { ...scene, marks: shown(scene.marks) };
}

export interface Size {
  width: number;
  height: number;
}

/** Coordinates to one decimal: enough for the eye, and snapshots stay stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Shorthand for a mark. */
export function mark(tag: Mark["tag"], key: string, attrs: Record<string, Attr>, content?: string | Mark[]): Mark {
  if (typeof content === "string") return { tag, key, attrs, text: content };
  return content ? { tag, key, attrs, children: content } : { tag, key, attrs };
}

/**
 * Splits `text` into lines of at most `maxChars` characters, at spaces, for SVG text, which
 * does not wrap by itself.
 */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A text mark of several lines (SVG text does not wrap), `lineHeight` apart. */
export function textLines(key: string, lines: string[], attrs: Record<string, Attr>, lineHeight: number): Mark {
  if (lines.length === 1) return mark("text", key, attrs, lines[0]!);
  return mark(
    "text",
    key,
    attrs,
    lines.map((line, i) => mark("tspan", `l${i}`, { x: attrs.x ?? 0, dy: i === 0 ? 0 : lineHeight }, line)),
  );
}
