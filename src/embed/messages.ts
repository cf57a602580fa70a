// Height messages an embed sends its host page, in the formats hosts already understand.

/** The largest height an embed may ask for; anything bigger is not a real chart. */
export const MAX_HEIGHT = 20_000;

export const OWN_TYPE = "quiet-exit:height";
/** Sent by our loader to each frame when it starts: a frame that reported its height before the
 * loader (an async script) was listening sends it again. */
export const ASK_TYPE = "quiet-exit:ask-height";

export interface OwnHeightMessage {
  type: typeof OWN_TYPE;
  chart: string;
  height: number;
}

/** Pym.js child-to-parent message: "pymxPYMx{id}xPYMxheightxPYMx{height}". */
export function pymMessage(childId: string, height: number): string {
  return ["pym", childId, "height", String(height)].join("xPYMx");
}

/** The key an embed of `chart` sends in Datawrapper's message; its snippet's iframe id ends with it. */
export function datawrapperKey(chart: string): string {
  return `quiet-exit-${chart}`;
}

/** Datawrapper's responsive-embed message: the host sizes iframe#datawrapper-chart-{key}. */
export function datawrapperMessage(key: string, height: number): { "datawrapper-height": Record<string, number> } {
  return { "datawrapper-height": { [key]: height } };
}

/** AMP's amp-iframe resize request. */
export function ampMessage(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height };
}

export function ownMessage(chart: string, height: number): OwnHeightMessage {
  return { type: OWN_TYPE, chart, height };
}

export function isAskHeightMessage(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as Record<string, unknown>).type === ASK_TYPE;
}

/** Accepts only a well-formed message of ours: the right type, a known-looking chart, a sane height. */
export function isOwnHeightMessage(data: unknown): data is OwnHeightMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, chart, height } = data as Record<string, unknown>;
  return (
    type === OWN_TYPE &&
    typeof chart === "string" &&
    /^[a-z0-9-]{1,40}$/.test(chart) &&
    typeof height === "number" &&
    Number.isFinite(height) &&
    height > 0 &&
    height <= MAX_HEIGHT
  );
}
