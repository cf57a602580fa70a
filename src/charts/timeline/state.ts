import { z } from "zod";
import { kebabId } from "../../schema/ids.ts";

/** A story step's state: the claim ids of the events the step is about. */
export const state = z.strictObject({ highlight: z.array(kebabId) });

export type TimelineState = z.infer<typeof state>;
