import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { CompileError } from "./CompileError.ts";

// Inputs are read defensively: the size is checked before a byte is read (a 50 MB file is
// refused at once, in constant memory), and the bytes must be UTF-8 text, not binary.
/** Largest YAML file the compiler reads (seeds/*.yaml, seeds/claims/*.yaml, story.yaml). */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Largest seed article (seeds/*.txt); the five real ones are under 20 KB each. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/** The message of the CompileError for a file that does not exist. */
export const NOT_FOUND = "file not found";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The 1-based line holding byte `offset`. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first byte offset at which `bytes` stops being valid UTF-8 (bytes are known invalid). */
function firstInvalidByte(bytes: Uint8Array): number {
  // `stream: true` tolerates a sequence cut at the end, so a prefix fails only if it holds
  // a real error: binary-search the shortest failing prefix.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return bad - 1;
}

/** Decodes a file's bytes as UTF-8 text, refusing binary data and invalid UTF-8 with the line. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CompileError({ file, line: lineAtByte(bytes, nul) }, "binary data (a NUL byte), not text");
  try {
    // A leading byte-order mark is dropped, as editors expect; one anywhere else is refused later.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new CompileError(
      { file, line: lineAtByte(bytes, at) },
      `invalid UTF-8 at byte ${at}; save the file as UTF-8`,
    );
  }
}

function tooBig(file: string, size: number, limit: number): CompileError {
  return new CompileError({ file }, `the file is ${mb(size)}, over the ${mb(limit)} limit for this kind of input`);
}

/** A file's bytes, refused before reading when over `limit`; a missing file is a CompileError. */
export async function readLimited(path: string, file: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new CompileError({ file }, NOT_FOUND);
  if (info.size > limit) throw tooBig(file, info.size, limit);
  return readFile(path);
}

/** The same, for callers that must stay synchronous (the story loader inside Astro). */
export function readLimitedSync(path: string, file: string, limit: number): Uint8Array {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error();
    size = info.size;
  } catch {
    throw new CompileError({ file }, NOT_FOUND);
  }
  if (size > limit) throw tooBig(file, size, limit);
  return readFileSync(path);
}
