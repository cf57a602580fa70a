// The story loader, called in-process on the real story and on copies broken on purpose: what a
// reference prints (checked against the seeds' wording) and what an editor is told when a step is wrong.
import { describe, expect, test } from "vitest";
import { chartInputs } from "../../src/data/chartInputs.ts";
import { claims } from "../../src/data/index.ts";
import { loadStory, plainText } from "../../src/story/loadStory.ts";
import { renderRef } from "../../src/story/renderRef.ts";
import { StoryError } from "../../src/story/StoryError.ts";
import { copyInputs, editFile, projectRoot } from "../support/fixture.ts";

const inputs = chartInputs();
const claim = (id: string) => claims.find((c) => c.id === id)!;
const ref = (
  kind: "value" | "values" | "date" | "quote" | "period" | "cite",
  id: string,
  value: string | null = null,
) => renderRef({ type: "ref", kind, claim: id, value }, claim(id), "step x");

describe("renderRef(ref, claim, where)", () => {
  test("prints each kind of reference in the articles' words", () => {
    expect(ref("value", "laptops-decline", "more-than-40")).toBe("more than 40%"); // 001: "by more than 40 percent"
    expect(ref("date", "dji-suspension")).toBe("late April 2022"); // 004: "in late April"
    expect(ref("quote", "beijing-calls-it-war", "war")).toBe("“war”"); // 003: a “war” is taking place
    expect(ref("period", "telecom-decline", "ninety-eight")).toBe("March 2022 against February 2022");
    expect(ref("cite", "telecom-decline")).toBe("");
    expect(ref("values", "smartphones-decline")).toBe(
      "60% (article 002), almost two-thirds (article 001) or nearly two-thirds (article 003)",
    );
  });

  test("refuses a reference of the wrong kind, naming the step and what the claim has", () => {
    expect(() => ref("value", "laptops-decline", "forty-two")).toThrow(
      'step x: claim "laptops-decline" has no value "forty-two" (it has ',
    );
    expect(() => ref("value", "beijing-calls-it-war", "war")).toThrow(
      "step x: {value:beijing-calls-it-war/war} is a quotation; use {quote:…}",
    );
    expect(() => ref("quote", "laptops-decline", "more-than-40")).toThrow(
      "step x: {quote:laptops-decline/more-than-40} is a number; use {value:…}",
    );
    expect(() => ref("period", "beijing-calls-it-war", "war")).toThrow("names no months compared");
    expect(() => ref("values", "telecom-decline")).toThrow(
      "step x: {values:telecom-decline} needs a claim with several versions of a number",
    );
    const undated = claims.find((c) => c.date.precision === "undated")!;
    expect(() => ref("date", undated.id)).toThrow(`step x: claim "${undated.id}" has no date to show`);
  });
});

/** Loads a copy of the story after `change`, and returns the StoryError it is refused with. */
async function refusal(change: (text: string) => string, claimList = claims): Promise<StoryError> {
  const root = await copyInputs();
  await editFile(root, "src/content/story.yaml", change);
  try {
    loadStory(root, claimList, inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return error as StoryError;
  }
  throw new Error("the broken story was accepted");
}

describe("loadStory(root, claims, inputs)", () => {
  test("renders the published story: the lede's date and footnotes, and the reading time", () => {
    const model = loadStory(projectRoot, claims, inputs);
    const lede = model.steps[0]!;
    expect([lede.id, lede.section, lede.index]).toEqual(["lede", "exits", 0]);
    expect(plainText(lede.segments)).toContain("openly announced in late April 2022 that it was suspending");
    expect(
      lede.segments.filter((s) => s.type === "ref").map((s) => (s.type === "ref" ? `${s.claim} ${s.note}` : "")),
    ).toEqual(["lenovo-xiaomi-quiet-cuts 3", "lenovo-xiaomi-quiet-cuts 3", "dji-suspension 2", "dji-suspension 2"]);
    expect(model.dekText).toMatch(
      /^Major Chinese technology companies quietly exited Russia .* despite Beijing's promise of a “no limits” relationship, an article says\./,
    );
    // Counted with a word split of the dek and the steps in story.yaml, citations left out: about 1,230
    // words, so a little over 5 minutes at 230 a minute; the rendered references add a few words.
    expect(model.readingMinutes).toBeGreaterThanOrEqual(5);
    expect(model.readingMinutes).toBeLessThanOrEqual(6);
  });

  test("names the line, the step and the field of a chart state that names an unknown claim", async () => {
    const error = await refusal((t) =>
      t.replace(
        "highlight: [dji-suspension, lenovo-xiaomi-quiet-cuts]",
        "highlight: [dji-suspension, lenovo-xiaomi-exit]",
      ),
    );
    expect(error.location).toEqual({
      file: "src/content/story.yaml",
      line: 70,
      id: "lede",
      field: "sections[0].steps[0].state.highlight[1]",
    });
    expect(error.reason).toBe('the timeline chart has nothing for claim "lenovo-xiaomi-exit"');
    // What the editor reads (Astro prints only the message): every part of the place, in order.
    expect(error.message).toBe(
      'src/content/story.yaml, line 70, step "lede", field "sections[0].steps[0].state.highlight[1]": ' +
        'the timeline chart has nothing for claim "lenovo-xiaomi-exit"',
    );
  });

  test("an error outside any step names the file and the field only", () => {
    const error = new StoryError({ file: "src/content/story.yaml", field: "title" }, "missing");
    expect(error.message).toBe('src/content/story.yaml, field "title": missing');
    expect(new StoryError({ file: "f.yaml", line: 3 }, "bad").message).toBe("f.yaml, line 3: bad");
  });

  test("refuses a step or section id used twice", async () => {
    const step = await refusal((t) => t.replace("      - id: why-it-matters", "      - id: lede"));
    expect(step.location).toMatchObject({ id: "lede", field: "sections[0].steps[1].id" });
    expect(step.reason).toBe('id "lede" is used twice');
    const section = await refusal((t) => t.replace("  - id: promise\n", "  - id: exits\n"));
    expect(section.location.field).toBe("sections[1].id");
    expect(section.reason).toBe('id "exits" is used twice');
  });

  test("refuses an unknown claim or a malformed reference in a step's text, or in the dek", async () => {
    const unknown = await refusal((t) => t.replace("{cite:little-appetite}", "{cite:little-appetites}"));
    expect(unknown.location).toMatchObject({ id: "why-it-matters", field: "sections[0].steps[1].text" });
    expect(unknown.reason).toBe('unknown claim "little-appetites"');
    const malformed = await refusal((t) => t.replace("{cite:little-appetite}", "{cite:little-appetite}{cite:Little}"));
    // The truth check reads the text first, so it is the one that names the bad reference.
    expect(malformed.reason).toMatch(
      /^the truth check refuses:\n {2}sections\[0\]\.steps\[1\]\.text: unknown or malformed reference in "\{cite:Little\} Another/,
    );
    const noValue = await refusal((t) => t.replace("{date:dji-suspension} that", "{value:dji-suspension} that"));
    expect(noValue.reason).toContain("{value:dji-suspension} needs a value id, as {value:dji-suspension/id}");
    const dek = await refusal((t) =>
      t.replace("article says.{cite:quiet-exit-despite-promise} The drone", "article says.{cite:quiet-exit} The drone"),
    );
    expect(dek.location).toEqual({ file: "src/content/story.yaml", field: "dek" });
    expect(dek.reason).toBe('unknown claim "quiet-exit"');
  });

  test("counts the other problems of a malformed file, and lists claims the story leaves out", async () => {
    const schema = await refusal((t) =>
      t.replace("    title: The exits\n", "    title: 42\n").replace("    title: The promise\n", ""),
    );
    expect(schema.location.field).toBe("sections[0].title");
    expect(schema.reason).toMatch(/\(and 1 more problem\)$/);
    const extra = { ...claim("gas-deal"), id: "gas-deal-copy" };
    const unused = await refusal((t) => t.replace('title: "Quiet exit:', 'title: "Quiet Exit:'), [...claims, extra]);
    expect(unused.location.field).toBe("background");
    expect(unused.reason).toBe(
      "claims neither used in the story nor listed under `background` with a reason: gas-deal-copy",
    );
  });

  test("refuses text the truth check refuses, naming the field", async () => {
    const error = await refusal((t) =>
      t.replace("Several large Chinese companies were cutting", "All the largest Chinese companies were cutting"),
    );
    expect(error.location.field).toBe("sections[0].steps[0].text");
    expect(error.reason).toMatch(/^the truth check refuses:/);
  });
});
