import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from "yaml";
import { CompileError } from "./CompileError.ts";
import { fieldPath } from "./fieldPath.ts";

/** Deepest nesting of lists and maps accepted; the real inputs go six levels deep. */
export const MAX_YAML_DEPTH = 32;
/** Alias expansions allowed when building the value; an alias bomb needs far more. */
const MAX_ALIAS_COUNT = 100;

// Characters a reader cannot see but a quote comparison can: format characters (zero-width
// space and joiners, byte-order mark, direction marks, soft hyphen), controls other than
// tab and line breaks, private-use and unassigned code points.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}]|(?![\t\n\r])\p{Cc}/u;
const NAMES: Record<number, string> = {
  0xfeff: "a byte-order mark",
  0x200b: "a zero-width space",
  0x200c: "a zero-width non-joiner",
  0x200d: "a zero-width joiner",
  0x2060: "a word joiner",
  0x00ad: "a soft hyphen",
  0x200e: "a left-to-right mark",
  0x200f: "a right-to-left mark",
};

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return NAMES[code] ? `${NAMES[code]} (${hex})` : `an invisible character (${hex})`;
}

/** Flow nesting (`[[[…` or `{{{…`) counted before parsing, since the parser recurses on it. */
function flowDepthProblem(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (quote) {
      if (c === quote && text[i - 1] !== "\\") quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_YAML_DEPTH) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return null;
}

/** Walks the document's nodes (aliases are not expanded) for nesting and invisible characters. */
function checkNodes(node: Node | null, keys: (string | number)[], file: string, lines: LineCounter): void {
  if (!node) return;
  const at = (n: Node) => (n.range ? lines.linePos(n.range[0]).line : undefined);
  if (keys.length > MAX_YAML_DEPTH) {
    throw new CompileError(
      { file, line: at(node), field: fieldPath(keys) },
      `nesting is deeper than ${MAX_YAML_DEPTH} levels`,
    );
  }
  if (isScalar(node) && typeof node.value === "string") {
    const found = INVISIBLE.exec(node.value);
    const field = fieldPath(keys) || "(document)";
    if (found)
      throw new CompileError(
        { file, line: at(node), field },
        `contains ${describe(found[0])} at character ${found.index + 1}; delete it`,
      );
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => checkNodes(item as Node, [...keys, i], file, lines));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : "?";
      const found = INVISIBLE.exec(key);
      if (found)
        throw new CompileError(
          { file, line: at(pair.key as Node), field: fieldPath([...keys, key]) },
          `the key contains ${describe(found[0])}; delete it`,
        );
      checkNodes(pair.value as Node, [...keys, key], file, lines);
    }
  }
}

export interface ParsedYaml {
  value: unknown;
  /** The line of the node at a path of keys and indices, if the document has one there. */
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text into a plain value, refusing with one CompileError (file, line, field
 * path) what the plain parser would choke on or silently accept: malformed YAML, an alias
 * bomb, nesting too deep, and invisible characters in any string.
 */
export function parseYamlSafely(text: string, file: string): ParsedYaml {
  const deepLine = flowDepthProblem(text);
  if (deepLine) throw new CompileError({ file, line: deepLine }, `nesting is deeper than ${MAX_YAML_DEPTH} levels`);
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  const [first] = doc.errors;
  if (first) {
    const line = first.linePos?.[0].line;
    const col = first.linePos?.[0].col;
    const reason = first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    if (/call stack/i.test(reason))
      throw new CompileError({ file, line }, `nesting is deeper than ${MAX_YAML_DEPTH} levels`);
    throw new CompileError({ file }, `malformed YAML${line ? ` at line ${line}, column ${col}` : ""}: ${reason}`);
  }
  checkNodes(doc.contents as Node | null, [], file, lines);
  const lineAt = (path: readonly PropertyKey[]) => {
    const node = doc.getIn(path as unknown[], true) as Node | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), lineAt };
  } catch {
    let line: number | undefined;
    visit(doc, {
      Alias: (_key, node) => ((line = node.range ? lines.linePos(node.range[0]).line : undefined), visit.BREAK),
    });
    throw new CompileError(
      { file, line },
      `aliases expand too far (over ${MAX_ALIAS_COUNT} expansions): this looks like a YAML alias bomb; write the values out`,
    );
  }
}
