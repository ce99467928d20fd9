import { describe, expect, it } from "vitest";
import { extractMentions, parseCommentMarkdown } from "./comment-markdown";

describe("comment Markdown", () => {
  it("parses the supported subset", () => {
    expect(parseCommentMarkdown("**Checked** the *list* and `v2`: see [the register](https://gov.example/list), @cara.checker.\nThanks\n\nNext")).toEqual([
      [
        { type: "bold", text: "Checked" },
        { type: "text", text: " the " },
        { type: "italic", text: "list" },
        { type: "text", text: " and " },
        { type: "code", text: "v2" },
        { type: "text", text: ": see " },
        { type: "link", text: "the register", href: "https://gov.example/list" },
        { type: "text", text: ", " },
        { type: "mention", handle: "cara.checker" },
        { type: "text", text: "." },
        { type: "break" },
        { type: "text", text: "Thanks" },
      ],
      [{ type: "text", text: "Next" }],
    ]);
  });

  it("leaves HTML, script links and images as plain text", () => {
    const parsed = parseCommentMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) ![img](https://x/y.png) <img src=x onerror="a()">');
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.every((inline) => inline.type === "text" || inline.type === "link")).toBe(true);
    expect(parsed[0]!.filter((inline) => inline.type === "link")).toEqual([{ type: "link", text: "img", href: "https://x/y.png" }]);
    expect(parsed[0]!.map((inline) => ("text" in inline ? inline.text : "")).join("")).toContain("<script>alert(1)</script>");
  });

  it("finds each mentioned handle once, but not in emails, code or the middle of words", () => {
    expect(extractMentions("@Editor please ask @checker and @editor; mail ana@example.com, `@admin`, x@y")).toEqual(["editor", "checker"]);
  });
});
