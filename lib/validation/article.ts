import { z } from "zod";
import { CONTENT_FORMATS } from "@/lib/document/parse-content";

/** Largest article body accepted, in characters (about 300,000 words). */
export const MAX_ARTICLE_CHARS = 2_000_000;

export const ZCreateArticleSchema = z.strictObject({
  title: z.string().trim().min(1, "title must not be empty.").max(300, "title must be at most 300 characters."),
  format: z.enum(CONTENT_FORMATS, { error: 'format must be "text" or "markdown".' }).default("text"),
  content: z
    .string({ error: "content must be a string holding the article text." })
    .max(MAX_ARTICLE_CHARS, `content must be at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`),
});
export type TCreateArticle = z.infer<typeof ZCreateArticleSchema>;
