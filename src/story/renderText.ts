import type { CompiledClaim } from "../schema/index.ts";
import { parseText } from "./parseText.ts";
import { renderRef } from "./renderRef.ts";

/**
 * Text (a claim's statement, a story sentence) with its references ({value:…}, {date:…})
 * printed from the compiled claims.
 */
export function renderText(text: string, claims: ReadonlyMap<string, CompiledClaim>, where: string): string {
  return parseText(text, where)
    .map((segment) => {
      if (segment.type === "text") return segment.text;
      const claim = claims.get(segment.claim);
      if (!claim) throw new Error(`${where}: unknown claim "${segment.claim}"`);
      return renderRef(segment, claim, where);
    })
    .join("");
}
