import { mark, round, type Mark } from "./scene.ts";
import { textBlock } from "./textBlock.ts";

const TICKS = [0, 25, 50, 75, 100];

/**
 * A 0–100% axis with its title (what is measured, and the periods compared). Tick labels are
 * the scale's own marks, not figures from the articles, and say so with `data-scale`.
 */
export function percentAxis(
  key: string,
  x: (n: number) => number,
  y: number,
  title: string,
): { mark: Mark; height: number } {
  const ticks = TICKS.map((t) =>
    mark("g", `tick-${t}`, { class: "tick" }, [
      mark("line", "line", { x1: round(x(t)), x2: round(x(t)), y1: y, y2: y + 5 }),
      mark(
        "text",
        "text",
        {
          x: round(x(t)),
          y: y + 17,
          "text-anchor": t === 100 ? "end" : t === 0 ? "start" : "middle",
          "data-scale": "tick",
        },
        `${t}%`,
      ),
    ]),
  );
  const heading = textBlock("title", title, "axis", x(0), y + 22, x(100) - x(0), { class: "axis-title" });
  const axis = mark("g", key, { class: "axis" }, [
    mark("line", "base", { x1: x(0), x2: x(100), y1: y, y2: y }),
    ...ticks,
    heading.mark,
  ]);
  return { mark: axis, height: 22 + heading.height };
}
