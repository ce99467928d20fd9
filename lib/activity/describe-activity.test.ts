import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIVITY_ACTIONS, type ActivityEntry } from "./activity-types";
import { describeActivity } from "./describe-activity";

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("describeActivity", () => {
  it("has a sentence for every action, even when the stored values are missing", () => {
    for (const action of ACTIVITY_ACTIONS) {
      const description = describeActivity({ action, before: null, after: null } as ActivityEntry);
      expect(description.text, action).toMatch(/\w/);
      expect(description.text, action).not.toMatch(/undefined|null|Recorded:/);
    }
  });

  it("knows every action the server writes", () => {
    const written = new Set(
      serverFiles(path.resolve(import.meta.dirname, "../server")).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/action: "([a-z_]+\.[a-z_]+)"/g)].map((match) => match[1]!),
      ),
    );
    expect(written.size).toBeGreaterThan(20);
    for (const action of written) expect(ACTIVITY_ACTIONS, action).toContain(action);
  });

  it("shows a comment's text in full, not as a field change", () => {
    const body = "Flagging this: the minister's name is spelt Karin, not Karen, in every source I found.";
    expect(describeActivity({ action: "comment.added", before: null, after: { body } })).toEqual({ text: "Commented", detail: body });
  });

  it("cuts a long note at a word with an ellipsis and keeps the full text one click away", () => {
    const note = "The ministry's press office confirmed the figure by phone on Tuesday, and the annual report says the same on page twelve.";
    const description = describeActivity({ action: "claim.updated", before: { note: "" }, after: { note } });
    expect(description.text).toMatch(/^note: \(none\) → “The ministry's press office confirmed the figure by phone on Tuesday, and the…”$/);
    expect(description.detail).toBe(note);
  });

  it("gives the editor's decision with its explanation", () => {
    const description = describeActivity({ action: "claim.decided", before: { decision: null }, after: { decision: "corrected", decisionNote: "Fixed in the second edition." } });
    expect(description.text).toBe("Editor’s decision: Corrected in the text");
    expect(description.detail).toBe("Fixed in the second edition.");
  });

  it("never names a confidential source", () => {
    const source = { kind: "person", confidential: true, contact: "", url: "", title: "Deep Throat", publisher: "", excerpt: "", accessedAt: null } as const;
    expect(describeActivity({ action: "source.added", before: null, after: source }).text).toBe("Source added: a confidential person source");
  });
});
