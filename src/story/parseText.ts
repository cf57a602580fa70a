/**
 * Story text is plain prose with references to compiled claims, so that no figure, date or
 * quotation is typed into the copy:
 *
 *   {value:claim/value}  a number as the sources give it ("more than 40%")
 *   {values:claim}       every version of a disputed number, each with its articles
 *   {date:claim}         the claim's date at its precision ("late April 2022")
 *   {quote:claim/value}  a quotation in quotation marks
 *   {period:claim/value} the months a change compares ("March 2022 against February 2022")
 *   {cite:claim}         a footnote marker only, for a sentence that paraphrases the claim
 *
 * What the prose itself may say is the truth check's business (src/truth/checkProse.ts).
 */
export type RefKind = "value" | "values" | "date" | "quote" | "period" | "cite";

export type Segment =
  { type: "text"; text: string } | { type: "ref"; kind: RefKind; claim: string; value: string | null };

const TOKEN = /\{(value|values|date|quote|period|cite):([a-z0-9-]+)(?:\/([a-z0-9-]+))?\}/g;

/** Splits text into prose and claim references; throws on a malformed reference. */
export function parseText(text: string, where: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ type: "text", text: text.slice(last, match.index) });
    const [, kind, claim, value] = match as unknown as [string, RefKind, string, string | undefined];
    if ((kind === "value" || kind === "quote" || kind === "period") && !value)
      throw new Error(`${where}: {${kind}:${claim}} needs a value id, as {${kind}:${claim}/id}`);
    segments.push({ type: "ref", kind, claim, value: value ?? null });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: "text", text: text.slice(last) });
  for (const segment of segments) {
    if (segment.type !== "text") continue;
    if (/[{}]/.test(segment.text))
      throw new Error(`${where}: unknown or malformed reference in "${segment.text.trim()}"`);
  }
  return segments;
}
