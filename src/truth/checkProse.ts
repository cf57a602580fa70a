import type { Segment } from "../story/parseText.ts";
import { HEDGE_IN_PROSE, HEDGE_IN_QUOTE, RULES, type Rule } from "./lexicon.ts";
import { sentences } from "./sentences.ts";

/** What the truth check needs to know of a claim: its quotes, and whether any of them hedges. */
export interface Evidence {
  quotes: string[];
  hedged: boolean;
}

interface Quoted {
  citations: { quote: string }[];
  values: { citations: { quote: string }[] }[];
}

/** The evidence of a claim, raw or compiled: every quote it cites, and whether one hedges. */
export function evidenceOf(claim: Quoted): Evidence {
  const quotes = [...claim.citations, ...claim.values.flatMap((v) => v.citations)].map((c) => c.quote);
  return { quotes, hedged: quotes.some((q) => HEDGE_IN_QUOTE.test(q)) };
}

export interface ProseContext {
  /** Every claim a reference may name, by id. */
  claims: ReadonlyMap<string, Evidence>;
  /** Claims the text rests on without naming them, such as a claim's own statement. */
  implicit?: string[];
  /** Sentences that state no fact and are listed as framing, with a reason; null: not required. */
  framing?: ReadonlySet<string> | null;
  /** False for labels and titles, which name a fact rather than state it. */
  hedges?: boolean;
  /**
   * False for a language the word lists (lexicon.ts: month names, number, time, strong and hedge
   * words) are not written for. Only the rules that hold in any language then apply: no digit,
   * no quotation mark, every sentence sourced or listed as framing. See locale.yaml's `wordRules`.
   */
  words?: boolean;
}

// Rules that read characters, not English words, and so hold in every locale.
const ANY_LANGUAGE: Rule["id"][] = ["digit", "quotation-mark"];

// Words a quote may lend to a sentence; digits, quotation marks and dates must be references.
const LENDABLE: Rule["id"][] = ["number-word", "relative-time", "strong-word"];

const fold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

function usedIn(word: string, quotes: string[]): boolean {
  const pattern = new RegExp(`\\b${fold(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  return quotes.some((q) => pattern.test(fold(q)));
}

/**
 * The truth check for reader-facing prose. Returns one message per problem (empty when the text
 * passes): a digit, date or quotation mark typed by hand; a number word, time word or strong word
 * that no cited quote of the sentence's claims uses; a hedged claim stated without a hedge; a
 * sentence with no claim behind it that is not listed as framing.
 */
export function checkProse(segments: Segment[], ctx: ProseContext): string[] {
  const problems: string[] = [];
  for (const sentence of sentences(segments)) {
    const ids = [...new Set([...sentence.refs.map((r) => r.claim), ...(ctx.implicit ?? [])])];
    const evidence = ids.flatMap((id) => ctx.claims.get(id) ?? []);
    const quotes = evidence.flatMap((e) => e.quotes);
    for (const rule of RULES) {
      if (ctx.words === false && !ANY_LANGUAGE.includes(rule.id)) continue;
      const global = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace("g", "")}g`);
      for (const match of sentence.prose.matchAll(global)) {
        if (LENDABLE.includes(rule.id) && usedIn(match[0], quotes)) continue;
        const extra = LENDABLE.includes(rule.id) ? " in the same sentence" : "";
        problems.push(`"${match[0]}" in "${sentence.source}": ${rule.why}${extra}`);
      }
    }
    if (
      ctx.hedges !== false &&
      ctx.words !== false &&
      evidence.some((e) => e.hedged) &&
      !HEDGE_IN_PROSE.test(sentence.prose)
    ) {
      const hedged = ids.filter((id) => ctx.claims.get(id)?.hedged);
      problems.push(
        `"${sentence.source}" states ${hedged.join(", ")}, whose quotes hedge ("reportedly", "according to"…), ` +
          "without a hedge or an attribution",
      );
    }
    if (ctx.framing && ids.length === 0 && !ctx.framing.has(sentence.source)) {
      problems.push(`"${sentence.source}" cites no claim; add a reference, or list it under \`framing\` with a reason`);
    }
  }
  return problems;
}
