import type { ClaimStatus } from "../claims/vocabulary";

// A report as a format-neutral document: the three report types are composed once into these
// blocks, and each format (HTML, Markdown, DOCX) renders blocks. All user text travels as plain
// strings; only the renderers escape, each in one place for its format.

export type Inline =
  | { kind: "text"; text: string; strong?: boolean; emphasis?: boolean }
  /** A link; renderers make it active only for a web address (isWebAddress), otherwise it is shown as text. */
  | { kind: "link"; text: string; href: string }
  /** A marked claim span in the annotated draft. */
  | { kind: "claim"; text: string; status: ClaimStatus }
  | { kind: "footnote"; id: number }
  | { kind: "break" };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: "paragraph"; content: Inline[]; tone?: "muted" | "warning" }
  | { kind: "quote"; text: string }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  /** Label–value pairs (a claim's status, assignee, …). */
  | { kind: "details"; rows: Array<{ label: string; value: Inline[] }> }
  | { kind: "table"; columns: Array<{ label: string; numeric?: boolean }>; rows: Inline[][][] }
  /** Blocks that belong together (one claim): kept on one page when printed where possible. */
  | { kind: "group"; blocks: Block[] }
  /** A bar of the claims' statuses, with a legend. */
  | { kind: "statusChart"; segments: Array<{ status: ClaimStatus; count: number }> };

export type ReportDocument = {
  title: string;
  /** One-line description under the title. */
  subtitle: string;
  blocks: Block[];
  /** Numbered notes (the annotated draft's footnotes). */
  footnotes: Array<{ id: number; blocks: Block[] }>;
};

export function text(value: string, style: { strong?: boolean; emphasis?: boolean } = {}): Inline {
  return { kind: "text", text: value, ...style };
}

export function paragraph(...content: Inline[]): Block {
  return { kind: "paragraph", content };
}

/** Inline content as plain text (for table cells and formats without markup). */
export function plainText(content: Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case "text":
        case "link":
        case "claim":
          return inline.text;
        case "footnote":
          return `[${inline.id}]`;
        case "break":
          return "\n";
      }
    })
    .join("");
}
