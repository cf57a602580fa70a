import type { IgnoredSpan, TextRange } from "../schema/index.ts";
import { CompileError } from "../io/CompileError.ts";
import { locateQuote } from "./locateQuote.ts";
import type { NormalizedText } from "./normalize.ts";
import { SOURCES_FILE, type Inputs, type LoadedSeed } from "./readInputs.ts";

export type Located<T> = T & TextRange;

/** The parts of a seed's metadata that quote its text, located in that text. */
export interface SeedSpans {
  ignore: Located<IgnoredSpan>[];
  relays: Located<{ report: string; quote: string; as: string; cites?: string }>[];
  notes: Located<{ kind: "source-error"; text: string; quote: string }>[];
  outletQuotes: Located<{ quote: string }>[];
  leftOut: Located<{ quote: string; reason: string }>[];
}

function locateIn(seed: LoadedSeed, quote: string, field: string, errors: CompileError[]): TextRange | null {
  if (!seed.normalized) return null;
  const range = locateQuote(seed.normalized, quote);
  if (!range) {
    errors.push(
      new CompileError(
        { file: SOURCES_FILE, kind: "seed", id: seed.meta.id, field },
        `quote not found in ${seed.path}: "${quote}"`,
      ),
    );
  }
  return range;
}

function locateIgnored(
  seed: LoadedSeed,
  span: IgnoredSpan,
  index: number,
  errors: CompileError[],
): Located<IgnoredSpan> | null {
  const from = locateIn(seed, span.from, `ignore[${index}].from`, errors);
  if (!from || !seed.normalized) return null;
  // `to` is searched from `from` onwards, so a span cannot run backwards.
  const to = locateQuote(restOf(seed.normalized, from.start), span.to);
  if (!to) {
    errors.push(
      new CompileError(
        { file: SOURCES_FILE, kind: "seed", id: seed.meta.id, field: `ignore[${index}].to` },
        `quote not found in ${seed.path} after "${span.from}": "${span.to}"`,
      ),
    );
    return null;
  }
  return { ...span, start: from.start, end: to.end };
}

/** The seed's normalised text from `offset` on, with offsets still counted from the seed's start. */
function restOf({ text, origin }: NormalizedText, offset: number): NormalizedText {
  const at = origin.findIndex((o) => o >= offset);
  return { text: text.slice(at), origin: origin.slice(at) };
}

/** Locates every quoted span of every seed's metadata, reporting the ones not in the text. */
export function resolveSeedSpans(inputs: Inputs, errors: CompileError[]): Map<string, SeedSpans> {
  const result = new Map<string, SeedSpans>();
  for (const seed of inputs.seeds.values()) {
    const spans: SeedSpans = { ignore: [], relays: [], notes: [], outletQuotes: [], leftOut: [] };
    seed.meta.ignore.forEach((span, i) => {
      const located = locateIgnored(seed, span, i, errors);
      if (located) spans.ignore.push(located);
    });
    seed.meta.relays.forEach((relay, i) => {
      const range = locateIn(seed, relay.quote, `relays[${i}].quote`, errors);
      if (range) spans.relays.push({ ...relay, ...range });
    });
    seed.meta.notes.forEach((note, i) => {
      const range = locateIn(seed, note.quote, `notes[${i}].quote`, errors);
      if (range) spans.notes.push({ ...note, ...range });
    });
    if (seed.meta.headline) locateIn(seed, seed.meta.headline, "headline", errors);
    seed.meta.leftOut.forEach((item, i) => {
      const range = locateIn(seed, item.quote, `leftOut[${i}].quote`, errors);
      if (range) spans.leftOut.push({ ...item, ...range });
    });
    seed.meta.outlet.quotes.forEach((quote, i) => {
      const range = locateIn(seed, quote, `outlet.quotes[${i}]`, errors);
      if (range) spans.outletQuotes.push({ quote, ...range });
    });
    result.set(seed.meta.id, spans);
  }
  return result;
}
