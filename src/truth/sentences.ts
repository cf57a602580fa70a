import type { Segment } from "../story/parseText.ts";

export type Ref = Extract<Segment, { type: "ref" }>;

/** A sentence as the truth check reads it: its own words, and the claim references inside it. */
export interface Sentence {
  /** The prose alone, each reference that prints words replaced by ◊, for the word rules. */
  prose: string;
  /** The sentence as written, references shown as {kind:claim/value}, for messages. */
  source: string;
  refs: Ref[];
}

export const refToken = (ref: Ref) => `{${ref.kind}:${ref.claim}${ref.value ? `/${ref.value}` : ""}}`;

const ENDED = /[.!?][”’)]?\s*$/;

/**
 * Splits parsed text into sentences, each with the references it makes. A {cite:…} written
 * right after a full stop belongs to the sentence it follows.
 */
export function sentences(segments: Segment[]): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence = { prose: "", source: "", refs: [] };
  const flush = () => {
    if (current.source.trim())
      out.push({ prose: current.prose.trim(), source: current.source.trim(), refs: current.refs });
    current = { prose: "", source: "", refs: [] };
  };
  for (const segment of segments) {
    if (segment.type === "ref") {
      current.refs.push(segment);
      current.source += refToken(segment);
      if (segment.kind !== "cite") current.prose += "◊";
      continue;
    }
    if (/^\s/.test(segment.text) && ENDED.test(current.prose)) flush();
    segment.text.split(/(?<=[.!?][”’)]?)\s+/).forEach((part, i) => {
      if (i > 0) flush();
      current.prose += part;
      current.source += part;
    });
  }
  flush();
  return out;
}
