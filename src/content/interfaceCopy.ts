// The shape of interface.yaml: every field a page needs, so a locale missing one fails the build
// naming the field, and a typo'd key is refused (strict objects).
import { z } from "zod";

/** One content string: never empty, so a blank field fails the build rather than the page. */
export const text = z.string().min(1);
/** Words chosen by Intl.PluralRules: `one` and `other` are required, as English needs them. */
export const plural = z.strictObject({
  zero: text.optional(),
  one: text,
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

/** A data table's caption and its shown columns' headings, keyed by the CSV's column keys. */
const table = <K extends string>(...keys: K[]) =>
  z.strictObject({
    caption: text,
    columns: z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>),
  });

const charts = z.strictObject({
  caveat: text,
  exportDeclines: z.strictObject({ row: text, version: text, wordsIt: text, noneShown: text }),
  otherLedger: z.strictObject({
    share: text,
    /** A share in the data table, with its basis, so it does not read as a change (F14). */
    shareOf: text,
    noPeriod: text,
    change: text,
    period: text,
    level: text,
    nothingShown: text,
  }),
  change: z.strictObject({ down: text, up: text }),
  timeline: z.strictObject({
    title: text,
    description: text,
    lanes: z.strictObject({ companies: text, beijing: text, washington: text, "war-diplomacy": text }),
    event: text,
    approximate: text,
    key: z.strictObject({ day: text, month: text, approximate: text, undated: text }),
    undated: text,
    yearNote: text,
    lead: text,
    highlighted: text,
  }),
  precisions: z.strictObject({ day: text, "part-of-month": text, month: text, approximate: text, undated: text }),
  tables: z.strictObject({
    exportDeclines: table("category", "as_reported", "sources"),
    /** After a category that an article names in other words ("… telecommunications equipment"). */
    wordedOtherwise: text,
    otherLedger: table("label", "as_reported", "comparison", "sources"),
    timeline: table("title", "lane", "precision", "date", "sources"),
  }),
});

export const interfaceCopy = z.strictObject({
  siteName: text,
  skipLink: text,
  readingTime: text,
  sourcesLink: text,
  keyFigures: text,
  sections: text,
  progress: text,
  stepAnnouncer: text,
  known: z.strictObject({ title: text, reported: text, open: text }),
  chart: z.strictObject({ dataTable: text, tableLabel: text, tableLabelStatic: text }),
  note: z.strictObject({
    marker: text,
    popoverPrefix: text,
    /** The line over a disputed claim's quotes, by the conflict's kind (schema/compiled.ts). */
    disagree: z.strictObject({ value: text, wording: text }),
    fullRecord: text,
    noteLink: text,
    close: text,
    claimRecord: text,
    /** After a note's articles: ", which give different figures", by the conflict's kind. */
    whichDisagree: z.strictObject({ value: text, wording: text }),
  }),
  endnotes: z.strictObject({
    title: text,
    intro: text,
    hint: text,
    outlet: text,
    unnamedSuffix: text,
    whatEachNames: text,
  }),
  credit: z.strictObject({
    articles: plural,
    noSource: text,
    /** The same where the article names reports for other passages: "…, though elsewhere it cites {reports}". */
    noSourceHere: text,
    citing: text,
    namesNoReport: text,
    partly: text,
    sources: text,
    /** A second-hand credit: "Liberty Times Net, which cites the latest … trade data". */
    relaying: text,
    /** Joins the versions of a disputed figure: "60% (article 002); almost two-thirds (…)". */
    versus: text,
    /** What a change compares: "March 2022 against February 2022". */
    period: text,
    articleHeadline: text,
    articleNoHeadline: text,
    unnamedOutlets: plural,
  }),
  embed: z.strictObject({
    summary: text,
    embedOrDownload: text,
    copy: text,
    copied: text,
    snippets: z.strictObject({ loader: text, pym: text, datawrapper: text, amp: text, plain: text }),
    openPage: text,
    showStep: text,
    stepHintBefore: text,
    stepHintAfter: text,
    optionsLabel: text,
    optionsState: text,
    optionsPlain: text,
    downloadData: text,
    withCredit: text,
    downloadImage: text,
    readStory: text,
    pageTitle: text,
  }),
  charts,
});

/**
 * Fields the truth check's word rules skip, each for a reason: the names of date precisions
 * ("day", "month") and the timeline's key to them are terms, not time words; the timeline
 * table's caption and the chart's year note describe the dates' basis, which the compile step
 * requires wherever an article gives no year.
 */
export const INTERFACE_UNCHECKED = [
  ...["day", "part-of-month", "month"].map((p) => `charts.precisions.${p}`),
  ...["day", "month", "approximate", "undated"].map((k) => `charts.timeline.key.${k}`),
  "charts.tables.timeline.caption",
  "charts.timeline.yearNote",
];

export type InterfaceCopy = z.infer<typeof interfaceCopy>;
export type Plural = z.infer<typeof plural>;
export type CreditWords = InterfaceCopy["credit"];
export type ChartWords = InterfaceCopy["charts"];
