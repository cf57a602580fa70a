import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { ChartInputs } from "../charts/index.ts";
import type { CompiledClaim } from "../schema/index.ts";
import { parseText, type Segment } from "./parseText.ts";
import { renderRef } from "./renderRef.ts";
import { checkStory } from "../truth/checkStory.ts";
import { evidenceOf } from "../truth/checkProse.ts";
import { story as storySchema, type Step, type Story } from "./schema.ts";

/** A segment ready to print: prose, or a reference with its words and its footnote number. */
export type RenderedSegment = { type: "text"; text: string } | { type: "ref"; text: string; claim: string; note: number };

export type StoryStep = Step & { index: number; section: string; segments: RenderedSegment[] };

export interface StoryModel {
  story: Story;
  steps: StoryStep[];
  /** The dek with its references, and as plain text for meta tags and JSON-LD. */
  dek: RenderedSegment[];
  dekText: string;
  dateline: RenderedSegment[];
  methodNote: RenderedSegment[];
  keyFigures: RenderedSegment[][];
  known: RenderedSegment[][];
  unknown: RenderedSegment[][];
  /** At about 230 words a minute, the dek and the steps. */
  readingMinutes: number;
  /** Claim ids in the order their footnotes are numbered (first mention first). */
  notes: string[];
}

export const STORY_FILE = "src/content/story.yaml";

/** Rendered text without its footnote markers. */
export function plainText(segments: RenderedSegment[]): string {
  return segments.map((s) => s.text).join("").replace(/\s+/g, " ").trim();
}

function checkState(step: Step, inputs: ChartInputs, where: string): void {
  const known =
    step.chart === "export-declines"
      ? inputs["export-declines"].rows.map((r) => r.claim)
      : step.chart === "timeline"
        ? inputs.timeline.events.map((e) => e.claim)
        : null;
  const wanted = step.chart === "export-declines" ? step.state.reveal : step.chart === "timeline" ? step.state.highlight : [];
  for (const id of wanted) {
    if (known && !known.includes(id)) throw new Error(`${where}: the ${step.chart} chart has nothing for claim "${id}"`);
  }
}

/**
 * Reads the story, checks every reference against the compiled claims and every chart state
 * against the chart data, and numbers the footnotes. Throws with the step's id on any problem.
 */
export function loadStory(root: string, claims: CompiledClaim[], inputs: ChartInputs): StoryModel {
  let raw: unknown;
  try {
    raw = parse(readFileSync(`${root}/${STORY_FILE}`, "utf8"));
  } catch (error) {
    throw new Error(`${STORY_FILE}: malformed YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `field "${i.path.join(".")}": ${i.message}`);
    throw new Error(`${STORY_FILE}: ${problems.join("; ")}`);
  }
  const story = parsed.data;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const untrue = checkStory(story, new Map(claims.map((c) => [c.id, evidenceOf(c)])));
  if (untrue.length > 0) throw new Error(`${STORY_FILE}: the truth check refuses:\n  ${untrue.join("\n  ")}`);
  const notes: string[] = [];
  const render = (text: string, where: string) =>
    parseText(text, where).map((segment: Segment): RenderedSegment => {
      if (segment.type === "text") return segment;
      const claim = byId.get(segment.claim);
      if (!claim) throw new Error(`${where}: unknown claim "${segment.claim}"`);
      if (!notes.includes(claim.id)) notes.push(claim.id);
      return { type: "ref", text: renderRef(segment, claim, where), claim: claim.id, note: notes.indexOf(claim.id) + 1 };
    });
  const dek = render(story.dek, `${STORY_FILE}, field "dek"`);
  const furniture = {
    dateline: render(story.dateline, `${STORY_FILE}, field "dateline"`),
    methodNote: render(story.methodNote, `${STORY_FILE}, field "methodNote"`),
    keyFigures: story.keyFigures.map((t, i) => render(t, `${STORY_FILE}, field "keyFigures[${i}]"`)),
    known: story.known.map((t, i) => render(t, `${STORY_FILE}, field "known[${i}]"`)),
    unknown: story.unknown.map((t, i) => render(t, `${STORY_FILE}, field "unknown[${i}]"`)),
  };
  const steps: StoryStep[] = [];
  for (const section of story.sections) {
    for (const step of section.steps) {
      const where = `${STORY_FILE}, step "${step.id}"`;
      checkState(step, inputs, where);
      steps.push({ ...step, index: steps.length, section: section.id, segments: render(step.text, where) });
    }
  }
  const ids = [...story.sections.map((s) => `section-${s.id}`), ...steps.map((s) => s.id)];
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${STORY_FILE}: id "${duplicate}" is used twice`);
  const unused = claims.filter((c) => !notes.includes(c.id) && !story.background.some((b) => b.claim === c.id)).map((c) => c.id);
  if (unused.length > 0) throw new Error(`${STORY_FILE}: claims neither used in the story nor listed under \`background\` with a reason: ${unused.join(", ")}`);
  const words = [dek, ...steps.map((s) => s.segments)].map(plainText).join(" ").split(/\s+/).length;
  return { story, dek, dekText: plainText(dek), ...furniture, steps, notes, readingMinutes: Math.max(1, Math.round(words / 230)) };
}
