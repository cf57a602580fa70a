import { readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// A folder is replaced as a whole: the new version is written beside it as `<name>.tmp-<pid>`,
// then two renames swap it in (`<name>` -> `<name>.old-<pid>`, tmp -> `<name>`). Node has no
// atomic exchange of two folders, so a process killed between those two renames leaves no
// `<name>` but a complete `<name>.old-<pid>`; `recoverFolder` puts that back before anything
// else runs, so readers only ever see the old folder or the new one.

/** `<name>.tmp-<pid>`, the folder a run writes into before the swap. */
export function tempFolderFor(target: string, pid = process.pid): string {
  return `${target}.tmp-${pid}`;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Undoes what a killed run left beside `target`: restores `<name>.old-<pid>` when `<name>` is
 * missing, then removes leftover temporary and old folders of runs that are no longer alive.
 * Returns what it did, for the log.
 */
export async function recoverFolder(target: string): Promise<string[]> {
  const parent = dirname(target);
  const name = basename(target);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const leftovers = entries
    .map((entry) => ({
      entry,
      match: entry.startsWith(`${name}.`) ? /^(tmp|old)-(\d+)$/.exec(entry.slice(name.length + 1)) : null,
    }))
    .filter(({ match }) => match && !isAlive(Number(match[2])));
  const done: string[] = [];
  if (!(await exists(target))) {
    const old = leftovers.find(({ match }) => match![1] === "old");
    if (old) {
      await rename(join(parent, old.entry), target);
      done.push(`restored ${name}/ from ${old.entry}/, left by a run that was stopped mid-swap`);
      leftovers.splice(leftovers.indexOf(old), 1);
    }
  }
  for (const { entry } of leftovers) {
    await rm(join(parent, entry), { recursive: true, force: true });
    done.push(`removed ${entry}/, left by a run that was stopped`);
  }
  return done;
}

/** Replaces `target` by the finished folder `temp` (a sibling), then removes the old version. */
export async function swapFolder(temp: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, old);
  await rename(temp, target);
  if (hadTarget) await rm(old, { recursive: true, force: true });
}
