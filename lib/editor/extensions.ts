import StarterKit from "@tiptap/starter-kit";
import type { AnyExtension } from "@tiptap/core";

/**
 * The extensions that define the article document schema. The browser editor and the server
 * (which parses imported text and validates stored documents) both build their schema from
 * this list, so they can never disagree about what a document may contain.
 */
export const articleSchemaExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      protocols: ["http", "https", "mailto"],
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    },
  }),
];
