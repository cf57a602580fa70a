import { z } from "zod";
import { kebabId } from "../../schema/ids.ts";

/** A story step's state: the claim ids of the rows shown; the others keep their place, empty. */
export const state = z.strictObject({ reveal: z.array(kebabId) });

export type ExportDeclinesState = z.infer<typeof state>;
