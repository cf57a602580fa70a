import type { Mark, Scene } from "./scene.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/**
 * A mark's markup: the one serialiser for the page and the downloads. On the page each mark
 * carries its key, for the browser's transitions to join on. A still image (`still`, for the
 * SVG and PNG files) drops the keys and hidden marks, and draws links as plain groups.
 */
export function markToSvg(mark: Mark, still = false): string {
  if (still && mark.attrs.opacity === 0) return "";
  const tag = still && mark.tag === "a" ? "g" : mark.tag;
  const attrs = Object.entries(mark.attrs)
    .filter(([name]) => !(still && tag === "g" && (name === "href" || name === "aria-label")))
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
  const key = still ? "" : ` data-key="${escapeXml(mark.key)}"`;
  const inner =
    mark.text !== undefined ? escapeXml(mark.text) : (mark.children ?? []).map((c) => markToSvg(c, still)).join("");
  return `<${tag}${key}${attrs}>${inner}</${tag}>`;
}

/**
 * The scene as an SVG element's markup, for build-time rendering. It scales to its container
 * through its viewBox. A chart with links inside (the timeline) is a "group", not an "img",
 * so that its links stay reachable.
 *
 * @example sceneToSvg(exportDeclines(data, state, { width: 640, height: 400 }), { label: "Exports" })
 */
export function sceneToSvg(
  scene: Scene,
  options: { label?: string; describedBy?: string; role?: "img" | "group" } = {},
): string {
  const { label, describedBy, role = "img" } = options;
  const aria =
    (label ? ` aria-label="${escapeXml(label)}"` : "") +
    (describedBy ? ` aria-describedby="${escapeXml(describedBy)}"` : "");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}" role="${role}"${aria}>` +
    scene.marks.map((m) => markToSvg(m)).join("") +
    `</svg>`
  );
}
