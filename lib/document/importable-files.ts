// Which files become articles, and how large they may be: read by the server's import, the API
// description and the import form alike.

export const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

export const IMPORTABLE_EXTENSIONS = ["docx", "md", "markdown", "txt", "html", "htm"] as const;
export type ImportableExtension = (typeof IMPORTABLE_EXTENSIONS)[number];

/** For a file input's `accept`. */
export const IMPORTABLE_ACCEPT = IMPORTABLE_EXTENSIONS.map((extension) => `.${extension}`).join(",");

export const IMPORTABLE_KINDS = "Word (.docx), Markdown (.md), plain text (.txt) and HTML (.html)";
export const IMPORT_LIMIT_TEXT = `${IMPORT_LIMIT_BYTES / 1024 / 1024} MB`;

export function importableExtension(fileName: string): ImportableExtension | null {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension) ? (extension as ImportableExtension) : null;
}
