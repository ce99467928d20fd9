import { z } from "zod";

const NO_LINE_BREAK = /^[^\r\n\u2028\u2029\uFFFC]*$/;

/** A proposed change to a claim's words: the words that should stand in their place. */
export const ZNewProposalSchema = z.strictObject({
  replacement: z
    .string({ error: "replacement is required: the new text for the claim's words." })
    .max(2_000, "A replacement is at most 2,000 characters.")
    .regex(NO_LINE_BREAK, "A replacement is one run of text, without line breaks.")
    .refine((value) => value.trim().length > 0, "The replacement is empty: propose the words that should stand in the text."),
  note: z.string().max(2_000, "A note is at most 2,000 characters.").optional(),
});
export type TNewProposal = z.infer<typeof ZNewProposalSchema>;

/** Accepting or rejecting: an optional word for the proposer (why it was rejected). */
export const ZDecideProposalSchema = z.strictObject({
  note: z.string().max(2_000, "A note is at most 2,000 characters.").optional(),
});
