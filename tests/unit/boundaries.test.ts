// The data flows one way, seeds → compile → data → charts → pages/embeds, and ESLint's import
// rules (eslint.config.js) refuse an arrow that runs backwards. These cases put such imports in
// files where they would sit, and expect the lint to name the rule; allowed imports stay clean.
import { ESLint } from "eslint";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../support/fixture.ts";

const eslint = new ESLint({ cwd: projectRoot });

/** The rules that fire on `code` if it were the file at `path`. */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe("import boundaries", () => {
  test("a page, component, embed or chart may not import the compiler or seeds/", async () => {
    const cases: [string, string][] = [
      ["src/pages/sources/x.ts", 'import { compile } from "../../compile/compile.ts";\nexport const c = compile;\n'],
      [
        "src/components/X.astro",
        '---\nimport { readInputs } from "../compile/readInputs.ts";\nconst r = readInputs;\n---\n<p>{String(r)}</p>\n',
      ],
      ["src/embed/x.ts", 'import text from "../../seeds/sources.yaml?raw";\nexport const t = text;\n'],
      ["src/charts/x.ts", 'import { toCsv } from "../compile/buildFiles.ts";\nexport const t = toCsv;\n'],
    ];
    for (const [path, code] of cases) expect(await rulesFor(path, code), path).toContain("no-restricted-imports");
  });

  test("a chart may not import a page, and the compiler may not import a component", async () => {
    expect(
      await rulesFor("src/charts/x.ts", 'import * as p from "../pages/oembed.json.ts";\nexport const q = p;\n'),
    ).toContain("no-restricted-imports");
    const compileFile = 'import * as c from "../components/KeyFigures.astro";\nexport const k = c;\n';
    expect(await rulesFor("src/compile/x.ts", compileFile)).toContain("no-restricted-imports");
  });

  test("reading data/ through src/data, and the shared readers in src/io/, are allowed", async () => {
    expect(
      await rulesFor("src/pages/x.ts", 'import { claims } from "../data/index.ts";\nexport const c = claims;\n'),
    ).toEqual([]);
    const story = 'import { parseYamlSafely } from "../io/safeYaml.ts";\nexport const p = parseYamlSafely;\n';
    expect(await rulesFor("src/story/x.ts", story)).toEqual([]);
  });
});
