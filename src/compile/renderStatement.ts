import type { CompiledClaim } from "../schema/index.ts";
import { parseText } from "../story/parseText.ts";
import { renderRef } from "../story/renderRef.ts";

/** A claim's statement with its references ({value:…}, {date:…}) printed from the compiled claims. */
export function renderStatement(text: string, claims: ReadonlyMap<string, CompiledClaim>, where: string): string {
  return parseText(text, where)
    .map((segment) => {
      if (segment.type === "text") return segment.text;
      const claim = claims.get(segment.claim);
      if (!claim) throw new Error(`${where}: unknown claim "${segment.claim}"`);
      return renderRef(segment, claim, where);
    })
    .join("");
}
