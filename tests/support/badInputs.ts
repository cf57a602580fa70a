// The hostile inputs of issue 11, part 4, each applied to a fixture (tests/support/fixture.ts).
// Shared by the unit tests (tests/unit/hostileInput.test.ts) and `npm run faults`.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { editFile } from "./fixture.ts";

export interface BadInput {
  name: string;
  apply(root: string): Promise<void>;
  /** Fragments the one error message must contain. */
  expect: string[];
}

const FIGURES = "seeds/claims/figures.yaml";
const QUOTE = "supplies of laptops falling by more than 40 percent";
/** The first citation of the first claim in figures.yaml: where a quote's invisible character lands. */
const QUOTE_FIELD = 'line 29, field "[0].values[0].citations[0].quote"';

/** Ten levels of aliases, each nine times the last: a billion strings if expanded. */
function aliasBomb(): string {
  const lines = ['- &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    lines.push(`- &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(", ")}]`);
  }
  return lines.join("\n") + "\n";
}

const inQuote = (char: string) => (root: string) =>
  editFile(root, FIGURES, (t) => t.replace(QUOTE, QUOTE.replace("falling", `fall${char}ing`)));

export const BAD_INPUTS: BadInput[] = [
  {
    name: "YAML alias bomb",
    apply: (root) => writeFile(join(root, "seeds/claims/bomb.yaml"), aliasBomb()),
    expect: ["seeds/claims/bomb.yaml, line 2", "YAML alias bomb"],
  },
  {
    name: "nesting too deep (10,000 brackets)",
    apply: (root) =>
      writeFile(
        join(root, "seeds/claims/deep.yaml"),
        `- id: deep\n  title: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
      ),
    expect: ["seeds/claims/deep.yaml, line 2", "nesting is deeper than 32 levels"],
  },
  {
    name: "nesting too deep (40 indented levels)",
    apply: (root) =>
      writeFile(
        join(root, "seeds/claims/deep.yaml"),
        Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " end\n",
      ),
    expect: ["seeds/claims/deep.yaml, line 34", 'field "k0.k1.k2', "nesting is deeper than 32 levels"],
  },
  {
    name: "YAML file over 1 MB",
    apply: (root) => editFile(root, "seeds/actors.yaml", (t) => t + `# ${"padding ".repeat(200_000)}\n`),
    expect: ["seeds/actors.yaml", "is 1.5 MB, over the 1.0 MB limit"],
  },
  {
    name: "50 MB seed",
    apply: (root) =>
      writeFile(join(root, "seeds/003_f2d22cfdd2c7235f.txt"), "Lenovo stopped shipping. ".repeat(2_097_152)),
    expect: ["seeds/003_f2d22cfdd2c7235f.txt", "is 50.0 MB, over the 2.0 MB limit"],
  },
  {
    name: "binary data in a YAML file",
    apply: (root) =>
      writeFile(
        join(root, "seeds/claims/figures.yaml"),
        Buffer.from([0x2d, 0x20, 0x7b, 0x0a, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47]),
      ),
    expect: [`${FIGURES}, line 2`, "binary data"],
  },
  {
    name: "invalid UTF-8 in a YAML file",
    apply: async (root) => {
      const file = join(root, FIGURES);
      const bytes = await readFile(file);
      const at = bytes.indexOf("title: Laptops") + "title: Lapt".length;
      await writeFile(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    },
    expect: [`${FIGURES}, line 8`, "invalid UTF-8 at byte"],
  },
  {
    name: "byte-order mark inside a quote",
    apply: inQuote("\ufeff"),
    expect: [FIGURES, QUOTE_FIELD, "a byte-order mark (U+FEFF)"],
  },
  {
    name: "zero-width space inside a quote",
    apply: inQuote("\u200b"),
    expect: [FIGURES, QUOTE_FIELD, "a zero-width space (U+200B)"],
  },
  {
    name: "other invisible character (U+2062) inside a quote",
    apply: inQuote("\u2062"),
    expect: [FIGURES, QUOTE_FIELD, "an invisible character (U+2062)"],
  },
  {
    name: "seed whose sha256 fails",
    // Two seeds changed: the run stops at the first, and checks no quote against it.
    apply: async (root) => {
      await editFile(root, "seeds/003_f2d22cfdd2c7235f.txt", (t) => t.replace("Several large", "Several"));
      await editFile(root, "seeds/004_8d7c29266ee1bc16.txt", (t) => t.replace("Notably, ", ""));
    },
    expect: ['seeds/sources.yaml, seed "003", field "sha256"', "no quote was checked against it"],
  },
  {
    name: "story: a state names a claim its chart lacks",
    apply: (root) =>
      editFile(root, "src/content/story.yaml", (t) =>
        t.replace("reveal: [laptops-decline]", "reveal: [laptops-declined]"),
      ),
    expect: [
      "src/content/story.yaml, line ",
      'step "laptops", field "sections[3].steps[0].state.reveal[0]"',
      'nothing for claim "laptops-declined"',
    ],
  },
  {
    name: "story: a field the schema does not know",
    apply: (root) =>
      editFile(root, "src/content/story.yaml", (t) =>
        t.replace("state: { reveal: [laptops-decline] }", "state: { reveal: [laptops-decline], revael: [] }"),
      ),
    expect: ["src/content/story.yaml, line ", 'step "laptops", field "sections[3].steps[0].state"', '"revael"'],
  },
  {
    name: "story: a figure typed into a step's text",
    apply: (root) =>
      editFile(root, "src/content/story.yaml", (t) =>
        t.replace("China's laptop shipments to Russia fell by", "China's laptop shipments to Russia in 2022 fell by"),
      ),
    expect: [
      "src/content/story.yaml",
      'field "sections[3].steps[0].text"',
      '"2022"',
      "a number must come from a claim reference",
    ],
  },
  {
    name: "story: a zero-width joiner in a step's text",
    apply: (root) =>
      editFile(root, "src/content/story.yaml", (t) =>
        t.replace("China's laptop shipments to Russia fell by", "China's lap\u200dtop shipments to Russia fell by"),
      ),
    expect: ["src/content/story.yaml, line ", 'field "sections[3].steps[0].text"', "a zero-width joiner (U+200D)"],
  },
];
