import { parseText } from "../story/parseText.ts";
import type { Story } from "../story/schema.ts";
import { checkProse, type Evidence } from "./checkProse.ts";

/**
 * Runs the truth check over every reader-facing field of the story: the title (against the
 * claims it lists in `titleClaims`), the dek, the section titles and each step. Returns
 * "field: problem" messages, with field paths such as `sections[2].steps[1].text`.
 */
export function checkStory(story: Story, claims: ReadonlyMap<string, Evidence>, words = true): string[] {
  const framing = new Set(story.framing.map((f) => f.text));
  const problems: string[] = [];
  const check = (
    field: string,
    text: string,
    options: { implicit?: string[]; framing?: Set<string>; hedges?: boolean },
  ) => {
    try {
      for (const problem of checkProse(parseText(text, field), { claims, words, ...options }))
        problems.push(`${field}: ${problem}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  check("title", story.title, { implicit: story.titleClaims, hedges: false });
  check("dek", story.dek, { framing });
  check("dateline", story.dateline, { framing });
  check("methodNote", story.methodNote, { framing });
  story.keyFigures.forEach((text, i) => check(`keyFigures[${i}]`, text, { framing, hedges: false }));
  check("keyFiguresNote", story.keyFiguresNote, { framing });
  story.known.forEach((text, i) => check(`known[${i}]`, text, { framing }));
  story.unknown.forEach((text, i) => check(`unknown[${i}]`, text, { framing }));
  story.sections.forEach((section, s) => {
    check(`sections[${s}].title`, section.title, {
      implicit: section.steps.flatMap((step) => refsOf(step.text)),
      hedges: false,
    });
    section.steps.forEach((step, i) => check(`sections[${s}].steps[${i}].text`, step.text, { framing }));
  });
  story.framing.forEach((f, i) => {
    const texts = [
      story.dek,
      story.dateline,
      story.methodNote,
      ...story.known,
      ...story.unknown,
      ...story.sections.flatMap((s) => s.steps.map((step) => step.text)),
    ];
    const used = texts.some((t) => t.includes(f.text));
    if (!used) problems.push(`framing[${i}].text: "${f.text}" is not a sentence of the story; remove it`);
  });
  return problems;
}

/** The claims a text names, so a section title may use the words of its steps' quotes. */
function refsOf(text: string): string[] {
  return [...text.matchAll(/\{[a-z]+:([a-z0-9-]+)/g)].map((m) => m[1]!);
}
