import { z } from "zod";
import { MAX_INT32 } from "./storable";

/** Record ids are cuids; anything else cannot name a record. */
export const ZIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/, "Ids are lower-case letters and digits.");

export const ZVersionSchema = z
  .number({ error: "version must be the number you last read (for conflict detection)." })
  .int("version must be a whole number.")
  .min(1, "version counts from 1.")
  .max(MAX_INT32, `version is at most ${MAX_INT32}.`);
