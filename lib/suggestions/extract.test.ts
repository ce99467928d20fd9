import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { extractSuggestions, type SuggestionKind } from "./extract";
import { LABELLED_ARTICLES } from "./fixtures/labelled-articles";
import { splitSentences } from "./sentences";

function found(text: string, kind?: SuggestionKind): string[] {
  return extractSuggestions(text)
    .filter((suggestion) => !kind || suggestion.kind === kind)
    .map((suggestion) => `${suggestion.kind}: ${text.slice(suggestion.start, suggestion.end)}`);
}

describe("sentences", () => {
  it("splits at full stops but not after abbreviations and initials", () => {
    const text = "Dr. Ana Lima met U.S. officials in St. Louis. J. Doe left at 5 p.m. on Friday. “Done,” he said.\n\nNew paragraph";
    expect(splitSentences(text).map((span) => text.slice(span.start, span.end))).toEqual([
      "Dr. Ana Lima met U.S. officials in St. Louis.",
      "J. Doe left at 5 p.m. on Friday.",
      "“Done,” he said.",
      "New paragraph",
    ]);
  });
});

describe("claim suggestions", () => {
  it("finds a person with the title given before or after the name", () => {
    expect(found("Foreign Minister Ana Lima spoke. Later, Jane Doe, the finance minister, left.", "title")).toEqual([
      "title: Foreign Minister Ana Lima",
      "title: Jane Doe, the finance minister",
    ]);
    expect(found("The talks were led by U.S. Secretary of State Jane Doe.", "title")).toEqual(["title: U.S. Secretary of State Jane Doe"]);
  });

  it("finds direct quotes with who said them, and ignores scare quotes", () => {
    const suggestions = extractSuggestions("“We have a deal,” Doe told reporters. The so-called “reform” stalled.").filter((suggestion) => suggestion.kind === "quote");
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.detail).toBe("attributed to Doe");
    expect(extractSuggestions('Lima said: "No protected area will be touched."').find((suggestion) => suggestion.kind === "quote")!.detail).toBe("attributed to Lima");
    // A government or a ministry speaks too: the speaker is in the sentence.
    const quoted = (text: string) => extractSuggestions(text).find((suggestion) => suggestion.kind === "quote")!.detail;
    expect(quoted("The North Korean government claimed “the drills were purely defensive”.")).toBe("attributed to the North Korean government");
    expect(quoted("Seoul’s defence ministry said that “the launch was detected at dawn”.")).toBe("attributed to Seoul’s defence ministry");
    expect(quoted("“Nobody saw it coming,” a neighbour remembered.")).toBe("no attribution found in the sentence");
  });

  it("finds quantities with what they count, but not bare numbers", () => {
    expect(found("The council hired 27 inspectors for €4.5 billion, a 12% rise over 12-day strikes. Page 4 of the report.", "number")).toEqual([
      "number: 27 inspectors",
      "number: €4.5 billion",
      "number: 12% rise",
      "number: 12-day strikes",
    ]);
  });

  it("finds dates and times, and leaves the month May alone when it is a name", () => {
    expect(found("On 3 March 2026 at 9 a.m. they met; in May they signed; last year it failed; March 4, 2025 too.", "date")).toEqual([
      "date: 3 March 2026",
      "date: 9 a.m.",
      "date: May",
      "date: last year",
      "date: March 4, 2025",
    ]);
    expect(found("Theresa May resigned.", "date")).toEqual([]);
  });

  it("tells organizations from places and people", () => {
    expect(found("The European Investment Bank lent money to Port Alder City Council in Lisbon.")).toEqual(
      expect.arrayContaining(["organization: European Investment Bank", "organization: Port Alder City Council", "place: Lisbon"]),
    );
  });

  it("proposes sentences that state an event as fact, not plans or questions", () => {
    expect(found("The council approved the budget on Monday.", "event")).toHaveLength(1);
    expect(found("The council will approve the budget next week.", "event")).toEqual([]);
    expect(found("Has the council approved the budget?", "event")).toEqual([]);
  });

  it("reads a wire story's shapes: dateline, kinds of talks, years as adjectives, one-word quotes, a person by one name", () => {
    expect(found("SEOUL — North Korea fired two missiles on Thursday.", "place")).toContain("place: SEOUL");
    expect(found("KYIV, Ukraine — The drones came at night.", "place")).toContain("place: KYIV");
    expect(found("The IMF said the risk was low.", "organization")).toEqual(["organization: IMF"]);
    expect(found("It was a three-way discussion with envoys.", "number")).toEqual([]);
    expect(found("They would not return to the 2018 framework agreed in Singapore.")).toEqual(expect.arrayContaining(["date: 2018"]));
    expect(found("They would not return to the 2018 framework agreed in Singapore.", "number")).toEqual([]);
    expect(found("About 2018 households were evacuated.", "number")).toEqual(["number: 2018 households"]);
    expect(found("State media called the talks 'absurd' on Friday.", "quote")).toEqual(["quote: 'absurd'"]);
    expect(found("The ministry said the drills were ‘defensive’ and would continue.", "quote")).toEqual(["quote: ‘defensive’"]);
    expect(found("The so-called ‘reform’ changed nothing.", "quote")).toEqual([]);
    expect(found("The country's 'reform' is stalled, and it's late.", "quote")).toEqual([]);
    const story = "Leader Kim Jong Un met Donald Trump in 2019. Kim has since overseen more tests. Trump did not comment.";
    expect(found(story, "name")).toEqual(expect.arrayContaining(["name: Kim", "name: Trump"]));
  });

  it("keeps its precision and recall on the labelled articles", () => {
    const all = evaluate(LABELLED_ARTICLES).scores[0]!;
    expect(all.labelled).toBeGreaterThanOrEqual(60);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    const heldOut = evaluate(LABELLED_ARTICLES.filter((article) => article.heldOut)).scores[0]!;
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.85);
  });
});
