import { getSchema } from "@tiptap/core";
import { articleSchemaExtensions } from "./extensions";

export const articleSchema = getSchema(articleSchemaExtensions);
