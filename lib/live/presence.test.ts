import { describe, expect, it } from "vitest";
import { initials, presentPeople, viewersByClaim, type PresenceEntry } from "./presence";

const entry = (tab: string, userId: string, name: string, claimId: string | null = null, editing = false): PresenceEntry => ({ tab, userId, name, claimId, editing });

describe("presence", () => {
  it("shows a person once however many tabs they have open, with every claim they look at and whether any tab edits", () => {
    const people = presentPeople([
      entry("t1", "u1", "Eli Editor", "c1"),
      entry("t2", "u2", "Cat Checker", "c1"),
      entry("t3", "u1", "Eli Editor", "c2", true),
      entry("t4", "u1", "Eli Editor", "c1"),
    ]);
    expect(people).toEqual([
      { userId: "u1", name: "Eli Editor", initials: "EE", claimIds: ["c1", "c2"], editing: true },
      { userId: "u2", name: "Cat Checker", initials: "CC", claimIds: ["c1"], editing: false },
    ]);
    expect(Object.fromEntries([...viewersByClaim(people, "u2")].map(([claim, viewers]) => [claim, viewers.map((person) => person.name)]))).toEqual({
      c1: ["Eli Editor"],
      c2: ["Eli Editor"],
    });
  });

  it("makes initials from first and last names, any script", () => {
    expect(initials("Ada Lovelace King")).toBe("AK");
    expect(initials("  Zoë  ")).toBe("ZO");
    expect(initials("Éva Ángel")).toBe("ÉÁ");
    expect(initials("")).toBe("?");
  });
});
