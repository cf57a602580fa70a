/**
 * Story text is plain prose with references to compiled claims, so that no figure, date or
 * quotation is typed into the copy:
 *
 *   {value:claim/value}  a number as the sources give it ("more than 40%")
 *   {values:claim}       every version of a disputed number, each with its articles
 *   {date:claim}         the claim's date at its precision ("late April 2022")
 *   {quote:claim/value}  a quotation in quotation marks
 *   {cite:claim}         a footnote marker only, for a sentence that paraphrases the claim
 */
export type Segment =
  | { type: "text"; text: string }
  | { type: "ref"; kind: "value" | "values" | "date" | "quote" | "cite"; claim: string; value: string | null };

const TOKEN = /\{(value|values|date|quote|cite):([a-z0-9-]+)(?:\/([a-z0-9-]+))?\}/g;

// What may not appear in the prose itself: digits, units, currency, month names, fractions,
// quotation marks (a quotation comes from a claim; apostrophes are fine).
const TYPED_FACT = /\d|%|\$|["“”]|\b(?:percent|billion|million|thirds?|half|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Splits a step's text into prose and claim references; throws on a hand-typed figure or a malformed token. */
export function parseText(text: string, where: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ type: "text", text: text.slice(last, match.index) });
    const [, kind, claim, value] = match as unknown as [string, "value" | "values" | "date" | "quote" | "cite", string, string | undefined];
    if ((kind === "value" || kind === "quote") && !value) throw new Error(`${where}: {${kind}:${claim}} needs a value id, as {${kind}:${claim}/id}`);
    segments.push({ type: "ref", kind, claim, value: value ?? null });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: "text", text: text.slice(last) });
  for (const segment of segments) {
    if (segment.type !== "text") continue;
    if (/[{}]/.test(segment.text)) throw new Error(`${where}: unknown or malformed reference in "${segment.text.trim()}"`);
    const typed = TYPED_FACT.exec(segment.text);
    if (typed) throw new Error(`${where}: "${typed[0]}" is typed into the text; render it from a claim instead (in "${segment.text.trim()}")`);
  }
  return segments;
}
