import { z } from "zod";
import { seedId } from "./ids.ts";

/** A figure or date in a seed that no claim uses, with the reason it is left out. */
export const exclusion = z.strictObject({
  seed: seedId,
  text: z.string().min(1),
  reason: z.string().min(1),
});

export type Exclusion = z.infer<typeof exclusion>;
