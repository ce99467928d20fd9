import { describe, expect, it } from "vitest";
import { assignmentOffers } from "./assign-offer";

const ana = { id: "a1", name: "Ana Lima", role: "checker" as const, handle: "ana" };
const eli = { id: "e1", name: "Eli Editor", role: "editor" as const, handle: "eli" };
const vic = { id: "v1", name: "Vic Viewer", role: "viewer" as const, handle: "vic" };
const people = [ana, eli, vic];

describe("offering to assign a claim from a comment", () => {
  it("offers the people mentioned who can hold a claim, in the order mentioned", () => {
    expect(assignmentOffers("@ana please take this", people, null)).toEqual([ana]);
    expect(assignmentOffers("@eli or @ana, whoever is free", people, null)).toEqual([eli, ana]);
  });

  it("offers nobody who cannot hold a claim, already holds it, is unknown, or is only quoted as code", () => {
    expect(assignmentOffers("@vic FYI", people, null)).toEqual([]);
    expect(assignmentOffers("@ana please take this", people, "a1")).toEqual([]);
    expect(assignmentOffers("@nobody please", people, null)).toEqual([]);
    expect(assignmentOffers("type `@ana` to mention her", people, null)).toEqual([]);
    expect(assignmentOffers("no mention at all", people, null)).toEqual([]);
  });
});
