import { z } from "zod";
import { kebabId } from "./ids.ts";

export const actor = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
});

export type Actor = z.infer<typeof actor>;
