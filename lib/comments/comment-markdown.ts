/**
 * The Markdown subset of comments: paragraphs, line breaks, **bold**, *italic* or _italic_,
 * `code`, [links](https://…) and @mentions. Parsed into a small tree that the UI renders as
 * React elements, so no HTML from a comment ever reaches the page.
 */
export type CommentInline =
  | { type: "text"; text: string }
  | { type: "bold" | "italic" | "code"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "mention"; handle: string }
  | { type: "break" };

export type CommentParagraph = CommentInline[];

const HANDLE = "[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?";
const INLINE = new RegExp(
  [
    "`([^`\\n]+)`", // 1 code
    "\\*\\*([^*\\n]+)\\*\\*", // 2 bold
    "\\*([^*\\n]+)\\*|(?<![\\p{L}\\p{N}])_([^_\\n]+)_(?![\\p{L}\\p{N}])", // 3, 4 italic
    "\\[([^\\]\\n]+)\\]\\((https?:\\/\\/[^\\s)]+)\\)", // 5 text, 6 href
    `(?<![\\p{L}\\p{N}@.])@(${HANDLE})`, // 7 mention
    "(\\n)", // 8 line break
  ].join("|"),
  "giu",
);

export function parseCommentMarkdown(body: string): CommentParagraph[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(parseInline);
}

function parseInline(text: string): CommentParagraph {
  const result: CommentInline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) result.push({ type: "text", text: text.slice(last, match.index) });
    const [, code, bold, starItalic, underscoreItalic, linkText, href, mention, lineBreak] = match;
    if (code !== undefined) result.push({ type: "code", text: code });
    else if (bold !== undefined) result.push({ type: "bold", text: bold });
    else if (starItalic !== undefined || underscoreItalic !== undefined) result.push({ type: "italic", text: starItalic ?? underscoreItalic ?? "" });
    else if (linkText !== undefined && href !== undefined) result.push({ type: "link", text: linkText, href });
    else if (mention !== undefined) result.push({ type: "mention", handle: mention.toLowerCase() });
    else if (lineBreak !== undefined) result.push({ type: "break" });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push({ type: "text", text: text.slice(last) });
  return result;
}

/** The distinct handles mentioned in a comment (never inside `code`). */
export function extractMentions(body: string): string[] {
  const handles = parseCommentMarkdown(body).flatMap((paragraph) => paragraph.flatMap((inline) => (inline.type === "mention" ? [inline.handle] : [])));
  return [...new Set(handles)];
}
