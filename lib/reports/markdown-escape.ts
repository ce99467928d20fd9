/**
 * Escapes user text for Markdown so it renders as the same text and never as markup: no
 * links, images, HTML, emphasis or headings can be smuggled in through a quote or a note.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>&|~]/g, "\\$&")
        .replace(/^(\s*)([#+\-=>])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}

/** A URL usable as a Markdown link target: characters that would end or break the link are percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (character) => encodeURIComponent(character));
}
