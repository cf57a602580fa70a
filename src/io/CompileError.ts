/** Where a problem is: the file, and when known the claim (or seed) id and the field path. */
export interface ErrorLocation {
  file: string;
  id?: string;
  /** What `id` names; "claim" unless said otherwise. */
  kind?: "claim" | "seed" | "report" | "actor" | "chart" | "exclusion" | "step";
  field?: string;
  /** The 1-based line in `file`, when known. */
  line?: number;
}

/** One problem in the inputs, phrased so the reader can find and fix it. */
export class CompileError extends Error {
  readonly location: ErrorLocation;

  constructor(location: ErrorLocation, message: string) {
    super(message);
    this.location = location;
  }

  /** `seeds/claims/figures.yaml: claim "laptops-decline", field "values[0].number": ...` */
  toString(): string {
    const { file, line, id, kind = "claim", field } = this.location;
    const where = [file, line && `line ${line}`, id && `${kind} "${id}"`, field && `field "${field}"`]
      .filter(Boolean)
      .join(", ");
    return `${where}: ${this.message}`;
  }
}

/** Every problem found in one run; the compiler reports them all and writes nothing. */
export class CompileFailure extends Error {
  readonly errors: CompileError[];

  constructor(errors: CompileError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in the inputs:\n` +
        errors.map((e) => `  - ${e}`).join("\n"),
    );
    this.errors = errors;
  }
}
