import type { CompiledClaim } from "../schema/index.ts";
import { sentences } from "../truth/sentences.ts";
import { parseText } from "./parseText.ts";
import { renderText } from "./renderText.ts";
import type { Story } from "./schema.ts";

/** One sentence of the story as a reader audits it: its words, the claims behind it, or why it has none. */
export interface AuditedSentence {
  where: string;
  text: string;
  claims: string[];
  framing: string | null;
}

/** Every sentence of the dek and the steps, in order, for the sources page's sentence-by-sentence audit. */
export function storySentences(story: Story, claims: ReadonlyMap<string, CompiledClaim>): AuditedSentence[] {
  const framing = new Map(story.framing.map((f) => [f.text, f.reason]));
  const texts = [
    { where: "dek", text: story.dek },
    ...story.sections.flatMap((s) => s.steps.map((step) => ({ where: step.id, text: step.text }))),
  ];
  return texts.flatMap(({ where, text }) =>
    sentences(parseText(text, where)).map((sentence) => ({
      where,
      text: renderText(sentence.source, claims, where).trim(),
      claims: [...new Set(sentence.refs.map((r) => r.claim))],
      framing: framing.get(sentence.source) ?? null,
    })),
  );
}
