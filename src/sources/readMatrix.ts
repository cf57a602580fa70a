import type { CompiledClaim } from "../schema/index.ts";

export interface MatrixReading {
  best: CompiledClaim[];
  single: CompiledClaim[];
  seedCount: number;
}

/** The plain-words reading of the corroboration matrix: the best-supported and the single-source claims. */
export function readMatrix(claims: CompiledClaim[], seedCount: number): MatrixReading {
  const top = Math.max(...claims.map((c) => c.corroboration.count));
  return {
    best: claims.filter((c) => c.corroboration.count === top),
    single: claims.filter((c) => c.corroboration.count === 1),
    seedCount,
  };
}
