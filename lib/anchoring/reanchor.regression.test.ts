import { describe, expect, it } from "vitest";
import { describeRange } from "./describe-range";
import { findQuoteOccurrence } from "./find-quote";
import { COUNCIL_CLAIMS, COUNCIL_STORY } from "./fixtures/council-story";
import { reanchorClaims, type AnchorResult, type StoredAnchor } from "./reanchor";

const stored: StoredAnchor[] = COUNCIL_CLAIMS.map((claim) => {
  const start = findQuoteOccurrence(COUNCIL_STORY, claim.quote, "occurrence" in claim ? claim.occurrence : 1);
  const { quote } = describeRange(COUNCIL_STORY, start, start + claim.quote.length);
  return { id: claim.id, start, end: start + claim.quote.length, quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
});

const paragraphs = COUNCIL_STORY.split("\n\n");

function reanchor(newText: string): Map<string, AnchorResult> {
  return new Map(reanchorClaims({ oldText: COUNCIL_STORY, newText, anchors: stored }).map((result) => [result.id, result]));
}

/** The claim landed on the `occurrence`-th appearance of `quote` in the new text, in the given state. */
function expectAt(results: Map<string, AnchorResult>, id: string, newText: string, state: "anchored" | "shifted", quote: string, occurrence = 1) {
  const result = results.get(id)!;
  expect(result, id).toMatchObject({ state, quote });
  if (result.state === "orphaned") return;
  expect(result.start, `${id} start`).toBe(findQuoteOccurrence(newText, quote, occurrence));
  expect(newText.slice(result.start, result.end)).toBe(quote);
}

function expectUnmoved(results: Map<string, AnchorResult>, newText: string, except: string[] = []) {
  for (const claim of COUNCIL_CLAIMS) {
    if (except.includes(claim.id)) continue;
    expectAt(results, claim.id, newText, "anchored", claim.quote, "occurrence" in claim ? claim.occurrence : 1);
  }
}

describe("re-anchoring the saved council story after realistic edits", () => {
  it("an unchanged text keeps every claim where it was", () => {
    const results = reanchor(COUNCIL_STORY);
    for (const anchor of stored) expect(results.get(anchor.id)).toMatchObject({ state: "anchored", start: anchor.start, end: anchor.end });
  });

  it("a paragraph inserted at the top moves every claim with its text", () => {
    const text = `Updated at 10:00 with the council's statement.\n\n${COUNCIL_STORY}`;
    expectUnmoved(reanchor(text), text);
  });

  it("a new paragraph in the middle, mentioning the mayor again, does not capture the mayor's claims", () => {
    const text = [paragraphs[0], paragraphs[1], "Mayor Elena Vasquez later thanked the engineers.", ...paragraphs.slice(2)].join("\n\n");
    expectUnmoved(reanchor(text), text, ["mayor-again"]);
    expectAt(reanchor(text), "mayor-again", text, "anchored", "Mayor Elena Vasquez", 3);
  });

  it("deleting a whole paragraph orphans exactly the claims in it", () => {
    const text = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join("\n\n");
    const results = reanchor(text);
    expect(results.get("cost")).toMatchObject({ state: "orphaned" });
    expect(results.get("council-2")).toMatchObject({ state: "orphaned" });
    expectUnmoved(results, text, ["cost", "council-2"]);
  });

  it("a name corrected inside a claim keeps the claim, shifted, with the new spelling", () => {
    const text = COUNCIL_STORY.replace("Mayor Elena Vasquez cut", "Mayor Elena Vásquez cut");
    const results = reanchor(text);
    expectAt(results, "mayor", text, "shifted", "Mayor Elena Vásquez");
    expectUnmoved(results, text, ["mayor", "mayor-again"]);
    expectAt(results, "mayor-again", text, "anchored", "Mayor Elena Vasquez");
  });

  it("a name extended with a hyphenated part is a changed claim, not the old name inside a longer one", () => {
    const text = COUNCIL_STORY.replace("Transport Minister David Okafor", "Transport Minister David Okafor-Mensah");
    expectAt(reanchor(text), "minister", text, "shifted", "Transport Minister David Okafor-Mensah");
  });

  it("a changed number keeps the claim, shifted, on the new number", () => {
    const text = COUNCIL_STORY.replace("some 41,000 vehicles", "some 37,500 vehicles").replace("in 1962.", "in 1964.");
    const results = reanchor(text);
    expectAt(results, "vehicles", text, "shifted", "37,500");
    expectAt(results, "opened", text, "shifted", "1964");
    expectUnmoved(results, text, ["vehicles", "opened"]);
  });

  it("a figure rewritten in words is still found between its unchanged context", () => {
    const text = COUNCIL_STORY.replace("added 22 minutes.", "added half an hour.");
    expectAt(reanchor(text), "detour", text, "shifted", "half an hour");
  });

  it("a corrected name followed by reworded text is found by approximate matching", () => {
    const text = COUNCIL_STORY.replace("Mayor Elena Vasquez cut the ribbon alongside", "Mayor Elena Vásquez opened the bridge with");
    const results = reanchor(text);
    expectAt(results, "mayor", text, "shifted", "Mayor Elena Vásquez");
    expect(results.get("mayor")).toMatchObject({ method: "fuzzy-quote" });
  });

  it("a longer quote with a word cut inside it is found, shifted", () => {
    const text = COUNCIL_STORY.replace("the most complex job in a generation.", "the most complex job in a whole generation.");
    expectAt(reanchor(text), "quote", text, "shifted", "the most complex job in a whole generation.");
  });

  it("reordered paragraphs carry their claims along", () => {
    const text = [paragraphs[3], paragraphs[0], paragraphs[4], paragraphs[1], paragraphs[2]].join("\n\n");
    const results = reanchor(text);
    expectAt(results, "mayor", text, "anchored", "Mayor Elena Vasquez", 2);
    expectAt(results, "mayor-again", text, "anchored", "Mayor Elena Vasquez", 1);
    expectAt(results, "council-2", text, "anchored", "The council", 2);
    expectUnmoved(results, text, ["mayor", "mayor-again", "council-2"]);
  });

  it("a repeated phrase keeps each claim on its own occurrence when text is added before both", () => {
    const text = COUNCIL_STORY.replace("The repair cost", "Officials confirmed that the repair cost").replace("Before it closed,", "Before it was closed in 2024,");
    const results = reanchor(text);
    expectAt(results, "council-2", text, "anchored", "The council", 1);
    expectAt(results, "mayor-again", text, "anchored", "Mayor Elena Vasquez", 2);
    expectUnmoved(results, text);
  });

  it("a sentence rewritten around a repeated name orphans its claim instead of jumping to the other mention", () => {
    const text = COUNCIL_STORY.replace(
      "The bridge first opened in 1962. Mayor Elena Vasquez said the council would inspect it every three years.",
      "Inspections will now happen every three years.",
    );
    const results = reanchor(text);
    expect(results.get("mayor-again")).toMatchObject({ state: "orphaned" });
    expect(results.get("opened")).toMatchObject({ state: "orphaned" });
    expectAt(results, "mayor", text, "anchored", "Mayor Elena Vasquez");
  });

  it("a copy edit elsewhere changes no claim's quote", () => {
    const text = COUNCIL_STORY.replace("after a 14-month repair", "after a fourteen-month repair").replace("each day", "every day");
    const results = reanchor(text);
    expectUnmoved(results, text);
  });

  it("a claim whose text was replaced by something unrelated is orphaned", () => {
    const text = COUNCIL_STORY.replace("Transport Minister David Okafor, who called it", "a crowd of residents. One called it");
    const results = reanchor(text);
    expect(results.get("minister")).toMatchObject({ state: "orphaned" });
    expectAt(results, "quote", text, "anchored", "the most complex job in a generation.");
  });
});

describe("re-anchoring a claim at the very start of the article", () => {
  it("takes in a hyphenated extension of its last word", () => {
    const before = "Secretary of State Jane Doe arrived in Lisbon.";
    const start = 0;
    const end = "Secretary of State Jane Doe".length;
    const [result] = reanchorClaims({
      oldText: before,
      newText: "Secretary of State Jane Doe-Smith arrived in Lisbon.",
      anchors: [{ id: "title", start, end, quote: before.slice(start, end), prefix: "", suffix: before.slice(end, end + 32) }],
    });
    expect(result).toMatchObject({ state: "shifted", quote: "Secretary of State Jane Doe-Smith" });
  });
});
