// The shape of interface.yaml: every field a page needs, so a locale missing one fails the build
// naming the field, and a typo'd key is refused (strict objects).
import { z } from "zod";

const text = z.string().min(1);
/** Words chosen by Intl.PluralRules: `one` and `other` are required, as English needs them. */
const plural = z.strictObject({ zero: text.optional(), one: text, two: text.optional(), few: text.optional(), many: text.optional(), other: text });

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
  chart: z.strictObject({ dataTable: text, tableLabel: text, tableLabelStatic: text, timelineTitle: text, timelineDescription: text }),
  note: z.strictObject({
    marker: text,
    popoverPrefix: text,
    disagree: text,
    fullRecord: text,
    noteLink: text,
    close: text,
    claimRecord: text,
    whichDisagree: text,
  }),
  endnotes: z.strictObject({ title: text, intro: text, hint: text, outlet: text, unnamedSuffix: text, whatEachNames: text }),
  credit: z.strictObject({
    articles: plural,
    noSource: text,
    citing: text,
    namesNoReport: text,
    partly: text,
    sources: text,
    /** Joins the versions of a disputed figure: "60% (article 002) against almost two-thirds (…)". */
    versus: text,
    articleHeadline: text,
    articleNoHeadline: text,
    unnamedOutlets: plural,
  }),
  embed: z.strictObject({
    summary: text,
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
});

export type InterfaceCopy = z.infer<typeof interfaceCopy>;
export type Plural = z.infer<typeof plural>;
export type CreditWords = InterfaceCopy["credit"];
