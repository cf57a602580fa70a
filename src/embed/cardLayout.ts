// Lays a chart out to fill a share card's wide chart area. A chart picks its own height for a
// width, so this tries widths, and for charts that stack their parts (the other ledger's bars
// above its waffle) two columns, and keeps what covers the most of the area once scaled to fit.
import type { Mark, Scene, Size } from "../charts/scene.ts";

const GAP = 32;
const MAX_SCALE = 1.6;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const EMPTY: Box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
const num = (v: unknown) => (typeof v === "number" ? v : undefined);

/** The box a mark and its children cover; text is taken as 8 px a character (11 to 13 px type, some bold). */
function extent(mark: Mark, dx = 0, dy = 0): Box {
  const a = mark.attrs;
  const move = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(String(a.transform ?? ""));
  if (move) [dx, dy] = [dx + Number(move[1]), dy + Number(move[2])];
  const xs: number[] = [];
  const ys: number[] = [];
  const [x, y, w, h] = [num(a.x), num(a.y), num(a.width) ?? 0, num(a.height) ?? 0];
  if (mark.tag === "text" && x !== undefined && y !== undefined) {
    const chars = (mark.text ?? (mark.children ?? []).map((c) => c.text ?? "").join("")).length;
    xs.push(x, x + chars * 8);
    ys.push(y - 12, y);
  } else if (x !== undefined && y !== undefined) {
    xs.push(x, x + w);
    ys.push(y, y + h);
  }
  for (const [p, q] of [
    ["x1", "y1"],
    ["x2", "y2"],
    ["cx", "cy"],
  ] as const) {
    const [px, py] = [num(a[p]), num(a[q])];
    if (px !== undefined && py !== undefined) {
      xs.push(px);
      ys.push(py);
    }
  }
  const boxes = [{ x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) }];
  if (mark.tag !== "text") boxes.push(...(mark.children ?? []).map((c) => extent(c)));
  const box = boxes.reduce(
    (u, b) => ({
      x0: Math.min(u.x0, b.x0),
      x1: Math.max(u.x1, b.x1),
      y0: Math.min(u.y0, b.y0),
      y1: Math.max(u.y1, b.y1),
    }),
    EMPTY,
  );
  return { x0: box.x0 + dx, x1: box.x1 + dx, y0: box.y0 + dy, y1: box.y1 + dy };
}

/**
 * How much of `area` the scene's parts cover, scaled to fit: the share of a 48 × 24 grid's
 * cells a part's box touches.
 */
export function coverage(scene: Scene, area: Size): number {
  const scale = Math.min(area.width / scene.width, area.height / scene.height, MAX_SCALE);
  const boxes = scene.marks.map((m) => extent(m)).filter((b) => b.x1 >= b.x0);
  let covered = 0;
  for (let i = 0; i < 48; i++) {
    for (let j = 0; j < 24; j++) {
      const [cx, cy] = [((i + 0.5) * area.width) / 48 / scale, ((j + 0.5) * area.height) / 24 / scale];
      if (boxes.some((b) => cx >= b.x0 - 4 && cx <= b.x1 + 4 && cy >= b.y0 - 4 && cy <= b.y1 + 4)) covered++;
    }
  }
  return covered / (48 * 24);
}

/**
 * The scene's top-level parts in two columns, split between parts where the taller column is
 * shortest; undefined when no split makes the scene less tall.
 */
export function twoColumns(scene: Scene): Scene | undefined {
  const parts = scene.marks.map((m) => ({ mark: m, box: extent(m) }));
  let best: { at: number; top: number; height: number } | undefined;
  for (let at = 1; at < parts.length; at++) {
    const top = Math.min(...parts.slice(at).map((p) => p.box.y0));
    // A part of the first column may not reach into the second's rows (an axis spanning both).
    if (parts.slice(0, at).some((p) => p.box.y1 > top + 1)) continue;
    const height = Math.max(top, scene.height - top);
    if (!best || height < best.height) best = { at, top, height };
  }
  if (!best || best.height >= scene.height * 0.8) return undefined;
  // Labels may run past the chart's width; each column is as wide as what it holds.
  const widthOf = (from: number, to: number) => Math.max(scene.width, ...parts.slice(from, to).map((p) => p.box.x1));
  const left = widthOf(0, best.at);
  const right: Mark = {
    tag: "g",
    key: "column-2",
    attrs: { transform: `translate(${left + GAP} ${-best.top})` },
    children: scene.marks.slice(best.at),
  };
  return {
    ...scene,
    width: left + GAP + widthOf(best.at, parts.length),
    height: best.height,
    marks: [...scene.marks.slice(0, best.at), right],
  };
}

/**
 * The layout of `draw` (a chart at a size) that covers most of `area`; the narrowest of
 * near-equals, whose text is largest.
 */
export function fillArea(draw: (size: Size) => Scene, area: Size): Scene {
  const layouts: { scene: Scene; covered: number }[] = [];
  const consider = (scene: Scene) => layouts.push({ scene, covered: coverage(scene, area) });
  for (let width = 320; width <= 1400; width += 20) {
    const scene = draw({ width, height: Math.round((width * area.height) / area.width) });
    consider(scene);
    const split = twoColumns(scene);
    if (split) consider(split);
  }
  const most = Math.max(...layouts.map((l) => l.covered));
  return layouts.find((l) => l.covered >= most * 0.97)!.scene;
}
