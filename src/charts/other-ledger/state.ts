import { z } from "zod";

/** A story step's state: the parts shown (the fall in exports, the rise in imports, Russia's share of trade). */
export const state = z.strictObject({ show: z.array(z.enum(["exports", "imports", "share"])) });

export type OtherLedgerState = z.infer<typeof state>;
