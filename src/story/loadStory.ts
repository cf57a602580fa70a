import { untypedChart, type ChartInputs } from "../charts/registry.ts";
import { CompileError } from "../io/CompileError.ts";
import { fieldPath } from "../io/fieldPath.ts";
import { decodeText, MAX_YAML_BYTES, readLimitedSync } from "../io/safeRead.ts";
import { parseYamlSafely, type ParsedYaml } from "../io/safeYaml.ts";
import { contentFile, readLocale } from "../content/locale.ts";
// Loads the locale's words, which the references' article lists are printed in (renderRef.ts).
import "../content/ui.ts";
import type { CompiledClaim } from "../schema/index.ts";
import { parseText, type Segment } from "./parseText.ts";
import { renderRef } from "./renderRef.ts";
import { story as storySchema, type Step, type Story } from "./schema.ts";
import { StoryError } from "./StoryError.ts";
import { evidenceOf } from "../truth/checkProse.ts";
import { checkStory } from "../truth/checkStory.ts";

/** A segment ready to print: prose, or a reference with its words and its footnote number. */
export type RenderedSegment =
  { type: "text"; text: string } | { type: "ref"; text: string; claim: string; note: number };

export type StoryStep = Step & { index: number; section: string; segments: RenderedSegment[] };

export interface StoryModel {
  story: Story;
  /** The dek with its references, and as plain text for meta tags and JSON-LD. */
  dek: RenderedSegment[];
  dekText: string;
  dateline: RenderedSegment[];
  methodNote: RenderedSegment[];
  keyFigures: RenderedSegment[][];
  keyFiguresNote: RenderedSegment[];
  known: RenderedSegment[][];
  unknown: RenderedSegment[][];
  /** At about 230 words a minute, the dek and the steps. */
  readingMinutes: number;
  steps: StoryStep[];
  /** Claim ids in the order their footnotes are numbered (first mention first). */
  notes: string[];
}

/** The story of the selected locale (src/content/story.yaml for English; see src/content/locale.ts). */
export const STORY_FILE = contentFile("story.yaml");

/** Rendered text without its footnote markers. */
export function plainText(segments: RenderedSegment[]): string {
  return segments
    .map((s) => s.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** The story file's value, read with the compiler's limits (size, UTF-8, aliases, nesting, invisible characters). */
function readStory(root: string): ParsedYaml {
  try {
    return parseYamlSafely(
      decodeText(readLimitedSync(`${root}/${STORY_FILE}`, STORY_FILE, MAX_YAML_BYTES), STORY_FILE),
      STORY_FILE,
    );
  } catch (error) {
    if (error instanceof CompileError) throw new StoryError(error.location, error.message);
    throw error;
  }
}

/** The claims a step's state names, with the field each sits in, and the ids its chart knows. */
function stateRefs(step: Step, inputs: ChartInputs): { field: string; ids: string[]; known: string[] } | null {
  return untypedChart(step.chart).refs?.(step.state, inputs[step.chart]) ?? null;
}

/**
 * Reads the story, checks every reference against the compiled claims and every chart state
 * against the chart data, and numbers the footnotes. Throws a StoryError naming the line, the
 * step and the field path (`sections[2].steps[1].state.reveal[0]`) on the first problem.
 */
export function loadStory(root: string, claims: CompiledClaim[], inputs: ChartInputs): StoryModel {
  const { value: raw, lineAt } = readStory(root);
  const at = (path: (string | number)[], reason: string, id?: string) =>
    new StoryError({ file: STORY_FILE, line: lineAt(path), id, field: fieldPath(path) || "(document)" }, reason);
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path as (string | number)[];
    const stepId =
      path[0] === "sections" && path[2] === "steps"
        ? (raw as Story).sections?.[path[1] as number]?.steps?.[path[3] as number]?.id
        : undefined;
    const more =
      parsed.error.issues.length > 1
        ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? "s" : ""})`
        : "";
    throw at(path, issue.message + more, typeof stepId === "string" ? stepId : undefined);
  }
  const story = parsed.data;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const untrue = checkStory(
    story,
    new Map(claims.map((c) => [c.id, evidenceOf(c)])),
    readLocale(root).wordRules === "english",
  );
  if (untrue.length > 0) {
    const field = untrue[0]!.split(":")[0]!;
    throw new StoryError({ file: STORY_FILE, field }, `the truth check refuses:\n  ${untrue.join("\n  ")}`);
  }
  const notes: string[] = [];
  const render = (text: string, field: string) => {
    try {
      return parseText(text, field).map((segment: Segment): RenderedSegment => {
        if (segment.type === "text") return segment;
        const claim = byId.get(segment.claim);
        if (!claim) throw new Error(`unknown claim "${segment.claim}"`);
        if (!notes.includes(claim.id)) notes.push(claim.id);
        return {
          type: "ref",
          text: renderRef(segment, claim, field),
          claim: claim.id,
          note: notes.indexOf(claim.id) + 1,
        };
      });
    } catch (error) {
      throw new StoryError({ file: STORY_FILE, field }, (error as Error).message.replace(`${field}: `, ""));
    }
  };
  const dek = render(story.dek, "dek");
  const furniture = {
    dateline: render(story.dateline, "dateline"),
    methodNote: render(story.methodNote, "methodNote"),
    keyFigures: story.keyFigures.map((t, i) => render(t, `keyFigures[${i}]`)),
    keyFiguresNote: render(story.keyFiguresNote, "keyFiguresNote"),
    known: story.known.map((t, i) => render(t, `known[${i}]`)),
    unknown: story.unknown.map((t, i) => render(t, `unknown[${i}]`)),
  };
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  story.sections.forEach((section, s) => {
    if (seen.has(`section-${section.id}`)) throw at(["sections", s, "id"], `id "${section.id}" is used twice`);
    seen.add(`section-${section.id}`);
    section.steps.forEach((step, i) => {
      const path = ["sections", s, "steps", i];
      if (seen.has(step.id)) throw at([...path, "id"], `id "${step.id}" is used twice`, step.id);
      seen.add(step.id);
      const refs = stateRefs(step, inputs);
      refs?.ids.forEach((id, k) => {
        if (!refs.known.includes(id))
          throw at([...path, "state", refs.field, k], `the ${step.chart} chart has nothing for claim "${id}"`, step.id);
      });
      // parseText and renderRef prefix their messages with `where`; keep only the reason.
      const where = `step "${step.id}"`;
      const textError = (error: unknown) =>
        at([...path, "text"], (error as Error).message.replace(`${where}: `, ""), step.id);
      let parts: Segment[];
      try {
        parts = parseText(step.text, where);
      } catch (error) {
        throw textError(error);
      }
      const segments = parts.map((segment): RenderedSegment => {
        if (segment.type === "text") return segment;
        const claim = byId.get(segment.claim);
        if (!claim) throw at([...path, "text"], `unknown claim "${segment.claim}"`, step.id);
        if (!notes.includes(claim.id)) notes.push(claim.id);
        try {
          return {
            type: "ref",
            text: renderRef(segment, claim, where),
            claim: claim.id,
            note: notes.indexOf(claim.id) + 1,
          };
        } catch (error) {
          throw textError(error);
        }
      });
      steps.push({ ...step, index: steps.length, section: section.id, segments });
    });
  });
  const unused = claims
    .filter((c) => !notes.includes(c.id) && !story.background.some((b) => b.claim === c.id))
    .map((c) => c.id);
  if (unused.length > 0)
    throw new StoryError(
      { file: STORY_FILE, field: "background" },
      `claims neither used in the story nor listed under \`background\` with a reason: ${unused.join(", ")}`,
    );
  const words = [dek, ...steps.map((s) => s.segments)].map(plainText).join(" ").split(/\s+/).length;
  return {
    story,
    dek,
    dekText: plainText(dek),
    ...furniture,
    steps,
    notes,
    readingMinutes: Math.max(1, Math.round(words / 230)),
  };
}
