/** What an embed's URL may ask for. Anything else is ignored; nothing is written as HTML. */
export interface EmbedParams {
  /** A step or state id of this chart, or null for the default. */
  state: string | null;
  theme: "light" | "dark" | "auto";
  /** Plain mode drops the header (title and dek) for hosts that print their own. */
  plain: boolean;
  /** The id a Pym.js parent gives its child, echoed in height messages. */
  childId: string | null;
}

const THEMES = new Set(["light", "dark", "auto"]);
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Pym.js joins a message's parts with this; an id holding it would forge extra parts. */
export const PYM_SEPARATOR = "xPYMx";

/** A Pym child id we echo back: short, plain, and free of Pym's separator (in any case). */
export function isSafeChildId(id: string): boolean {
  return SAFE_ID.test(id) && !id.toLowerCase().includes(PYM_SEPARATOR.toLowerCase());
}

/**
 * Reads the embed's query string against allow-lists: an unknown state or theme falls back to
 * the default, and ids must be short and plain.
 *
 * @example parseEmbedParams("?state=telecom&theme=dark", ["laptops", "telecom"])
 */
export function parseEmbedParams(search: string, states: readonly string[]): EmbedParams {
  const query = new URLSearchParams(search);
  const state = query.get("state");
  const theme = query.get("theme") ?? "auto";
  const childId = query.get("childId");
  return {
    state: state && states.includes(state) ? state : null,
    theme: THEMES.has(theme) ? (theme as EmbedParams["theme"]) : "auto",
    plain: ["1", "true", "yes"].includes(query.get("plain") ?? ""),
    childId: childId && isSafeChildId(childId) ? childId : null,
  };
}
