import { z } from "zod";

/** Record ids are cuids; anything else cannot name a record. */
export const ZIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/, "Ids are lower-case letters and digits.");

export const ZVersionSchema = z.number({ error: "version must be the number you last read (for conflict detection)." }).int().min(1);
