import { z } from "zod";
import { seedId } from "./ids.ts";

/** An exact quote from one seed. Only whitespace, typographic quotes and dashes may differ. */
export const citation = z.strictObject({
  seed: seedId,
  quote: z.string().min(1),
});

export type Citation = z.infer<typeof citation>;
