import { z } from "zod";
import { kebabId } from "./ids.ts";

/**
 * A chart's title and the context claims (caveats) that must be shown beside it; `id` names a
 * chart of src/charts/registry.ts.
 */
export const chartSpec = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  description: z.string().min(1),
  caveats: z.array(kebabId),
  /** The words under each scale's axis, by scale id. */
  axes: z.record(z.string(), z.string().min(1)),
});

export type ChartSpec = z.infer<typeof chartSpec>;
