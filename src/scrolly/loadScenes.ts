// Gets the story's scenes (src/scrolly/sceneSet.ts) for one width bucket, once, at start-up:
// - from the page itself when it carries them (the single-file edition, src/build/exportSingle.ts);
// - from disk (file://), where fetch() is refused, through a classic <script src>;
// - otherwise with one fetch of a static JSON file.
import { bucketWidth, SCENE_WIDTHS, SCENES_CALLBACK, sceneSetPath, type SceneSet } from "./sceneSet.ts";

type Callback = (set: SceneSet) => void;

type Policy = { createScriptURL(url: string): string };
let policy: Policy | undefined;

/** Trusted Types (the page's policy) refuses a plain string as a script's URL; this allows only ours. */
function scriptUrl(path: string): string {
  const check = (url: string) => {
    if (!/^scenes\/\d+\.js$/.test(url)) throw new Error(`not a scenes script: ${url}`);
    return url;
  };
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  policy ??= tt ? tt.createPolicy("quiet-exit-scenes", { createScriptURL: check }) : { createScriptURL: check };
  return policy.createScriptURL(path);
}

function fromScript(width: number): Promise<SceneSet> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    (window as unknown as Record<string, Callback>)[SCENES_CALLBACK] = resolve;
    script.onerror = () => reject(new Error(`could not load ${sceneSetPath(width, "js")}`));
    script.src = scriptUrl(sceneSetPath(width, "js"));
    document.head.append(script);
  });
}

/**
 * Resolves once the static page has painted (a frame, then a task). The scenes are fetched only
 * then, so that the first paint waits for nothing but the page and its CSS, and the reader reads
 * while they load; a page that carries its scenes, or is opened from disk, does not wait.
 */
const afterFirstPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

let inline: SceneSet[] | null | undefined;

/** The scene sets the page itself carries (the single-file edition), if any; read once. */
function inlineSets(): SceneSet[] | undefined {
  if (inline === undefined) {
    const json = document.getElementById("story-scenes")?.textContent;
    inline = json ? (JSON.parse(json) as SceneSet[]) : null;
  }
  return inline ?? undefined;
}

/** The width of the scenes to draw on a canvas `canvasWidth` px wide. */
export function sceneWidthFor(canvasWidth: number): number {
  return bucketWidth(canvasWidth, inlineSets()?.map((s) => s.width) ?? SCENE_WIDTHS);
}

/** The scene set drawn at `width` (one of sceneWidthFor's answers). */
export async function loadScenes(width: number): Promise<SceneSet> {
  const carried = inlineSets()?.find((s) => s.width === width);
  if (carried) return carried;
  if (location.protocol === "file:") return fromScript(width);
  await afterFirstPaint();
  const response = await fetch(sceneSetPath(width, "json"));
  if (!response.ok) throw new Error(`${sceneSetPath(width, "json")}: HTTP ${response.status}`);
  return (await response.json()) as SceneSet;
}
