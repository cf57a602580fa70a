/** Where in the story a problem is: the line when known, the step and the field path. */
export interface StoryLocation {
  file: string;
  line?: number;
  /** The step's id, when the problem is inside a step. */
  id?: string;
  field?: string;
}

/**
 * A problem in the story. Its message names the place in full (Astro prints only the
 * message); the compile step reads `location` and `reason` to list it with the others.
 */
export class StoryError extends Error {
  readonly location: StoryLocation;
  readonly reason: string;

  constructor(location: StoryLocation, reason: string) {
    const { file, line, id, field } = location;
    const where = [file, line && `line ${line}`, id && `step "${id}"`, field && `field "${field}"`]
      .filter(Boolean)
      .join(", ");
    super(`${where}: ${reason}`);
    this.location = location;
    this.reason = reason;
  }
}
