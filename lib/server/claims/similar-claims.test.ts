import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { describeActivity } from "@/lib/activity/describe-activity";
import { factKey } from "@/lib/similarity/fact-terms";
import { backfillFactKeys } from "@/lib/dev/fact-key-backfill";
import { updateArticle } from "../articles/update-article";
import { getDb } from "../db";
import { createRegisterEntry } from "../register/register-entries";
import { addSource } from "../sources/add-source";
import { reuseSources } from "../sources/reuse-sources";
import { createClaim } from "./create-claim";
import { getClaimHistory } from "./get-claim-history";
import { listClaims } from "./list-claims";
import { similarClaims } from "./similar-claims";
import { updateClaim } from "./update-claim";

/** A made-up surname no other test writes, so each test's claims meet only each other. */
const surname = () => `Zq${Array.from({ length: 7 }, () => "bcdfgkmpvwxz"[randomInt(12)]).join("")}o`;

async function desk() {
  const editor = await createTestUser("editor", "Eli Editor");
  const checker = await createTestUser("checker", "Cara Checker");
  const article = async (text: string, title?: string) => createTestArticle(editor, text, title);
  const claim = async (text: string, quote: string) => createClaim({ actor: checker, articleId: (await article(text)).id, input: { quote, kind: "name" } });
  return { editor, checker, article, claim };
}

describe("claims seen before", () => {
  it("lists the same fact checked in another article, with its verdict, checker and sources, and not other facts", async () => {
    const name = surname();
    const { editor, checker, claim } = await desk();
    const earlier = await claim(`Secretary of State Marco ${name} arrived in Lisbon.`, `Secretary of State Marco ${name}`);
    await updateClaim({ actor: checker, claimId: earlier.id, input: { status: "verified", version: earlier.version } });
    const source = await addSource({ actor: checker, claimId: earlier.id, input: { url: "https://state.example/secretary", title: "The Secretary" } });
    const senator = await claim(`Senator Marco ${name} of Florida spoke.`, `Senator Marco ${name} of Florida`);
    const current = await claim(`Marco ${name}, the U.S. Secretary of State, said so.`, `Marco ${name}, the U.S. Secretary of State`);
    // A claim in the same article is not "seen before".
    const sameArticle = await createClaim({ actor: checker, articleId: current.articleId, input: { quote: "said", kind: "other" } });
    expect(sameArticle.articleId).toBe(current.articleId);

    const similar = await similarClaims({ actor: editor, claimId: current.id });
    expect(similar).toHaveLength(1);
    expect(similar[0]).toMatchObject({
      id: earlier.id,
      href: `/articles/${earlier.articleId}?claim=${earlier.id}`,
      quote: `Secretary of State Marco ${name}`,
      status: "verified",
      checkedBy: { id: checker.id, name: "Cara Checker" },
      sources: [{ id: source.id, title: "The Secretary", detailsHidden: false }],
    });
    expect(similar[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(similar.map((entry) => entry.id)).not.toContain(senator.id);
    await expect(similarClaims({ actor: editor, claimId: "nosuchclaim" })).rejects.toMatchObject({ status: 404 });
  });

  it("matches amounts however they are written, and tells another figure apart", async () => {
    const place = surname();
    const { editor, claim } = await desk();
    const dollars = await claim(`The ${place} harbour has a $4.5bn budget this year.`, `${place} harbour has a $4.5bn budget`);
    const other = await claim(`The ${place} harbour has a $4.6bn budget this year.`, `${place} harbour has a $4.6bn budget`);
    const current = await claim(`A budget of 4.5 billion dollars for the ${place} harbour.`, `budget of 4.5 billion dollars for the ${place} harbour`);
    const ids = (await similarClaims({ actor: editor, claimId: current.id })).map((entry) => entry.id);
    expect(ids).toContain(dollars.id);
    expect(ids).not.toContain(other.id);
  });

  it("knows a register entry by any of its names", async () => {
    const name = surname();
    const { editor, claim } = await desk();
    await createRegisterEntry({ actor: editor, input: { name: `Volodymyr ${name}`, kind: "person", variants: [`${name}yy`], titles: [], sources: [], notes: "" } });
    const earlier = await claim(`Ukrainian President Volodymyr ${name} visited.`, `Ukrainian President Volodymyr ${name}`);
    const current = await claim(`${name}yy, Ukraine's president, visited.`, `${name}yy, Ukraine's president`);
    expect((await similarClaims({ actor: editor, claimId: current.id })).map((entry) => entry.id)).toEqual([earlier.id]);
  });

  it("keeps each claim's fact key with its words, and fills in keys a migration left empty", async () => {
    const name = surname();
    const { editor, claim } = await desk();
    const marked = await claim(`Minister ${name} resigned on Monday.`, `Minister ${name} resigned`);
    const stored = async () => (await getDb().claim.findUniqueOrThrow({ where: { id: marked.id }, select: { factKey: true } })).factKey;
    expect(await stored()).toBe(factKey(`Minister ${name} resigned`));

    const article = await getDb().article.findUniqueOrThrow({ where: { id: marked.articleId }, select: { version: true } });
    await updateArticle({ actor: editor, articleId: marked.articleId, input: { format: "text", content: `Minister ${name} quit on Monday.`, version: article.version } });
    const [moved] = await listClaims({ actor: editor, articleId: marked.articleId });
    expect(await stored()).toBe(factKey(moved!.quote));

    await getDb().claim.update({ where: { id: marked.id }, data: { factKey: null } });
    expect(await backfillFactKeys(process.env.DATABASE_URL!)).toBeGreaterThanOrEqual(1);
    expect(await stored()).toBe(factKey(moved!.quote));
  });

  it("copies chosen sources onto the new claim, recorded as reused; confidential ones only for those who may see them", async () => {
    const name = surname();
    const { editor, checker, claim } = await desk();
    const earlier = await claim(`Secretary of State Marco ${name} arrived.`, `Secretary of State Marco ${name}`);
    const open = await addSource({ actor: checker, claimId: earlier.id, input: { url: "https://state.example/a", title: "Department biography", accessedAt: "2026-11-30" } });
    const secret = await addSource({ actor: editor, claimId: earlier.id, input: { kind: "person", confidential: true, title: "An aide", contact: "+351 000" } });
    const current = await claim(`Marco ${name}, the Secretary of State, spoke.`, `Marco ${name}, the Secretary of State`);
    const another = await createTestUser("checker");

    // The confidential source is listed without its details for a checker who may not see them, and cannot be copied by them.
    const listed = (await similarClaims({ actor: another, claimId: current.id }))[0]!;
    expect(listed.sources.find((source) => source.id === secret.id)).toMatchObject({ detailsHidden: true, title: "", contact: "" });
    await expect(reuseSources({ actor: another, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: [secret.id] } })).rejects.toMatchObject({ status: 403 });

    const copies = await reuseSources({ actor: checker, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: [open.id] } });
    expect(copies).toMatchObject([{ claimId: current.id, url: "https://state.example/a", title: "Department biography", accessedAt: "2026-11-30", addedBy: { id: checker.id } }]);
    expect(copies[0]!.id).not.toBe(open.id);
    const history = await getClaimHistory({ actor: editor, claimId: current.id });
    expect(history.map((entry) => describeActivity(entry).text)).toContain(
      `Source added: Department biography (reused from a claim in “${(await getDb().article.findUniqueOrThrow({ where: { id: earlier.articleId } })).title}”)`,
    );
    const editorCopies = await reuseSources({ actor: editor, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: [secret.id] } });
    expect(editorCopies).toMatchObject([{ confidential: true, title: "An aide", contact: "+351 000" }]);

    await expect(reuseSources({ actor: checker, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: ["nosuchsource"] } })).rejects.toMatchObject({ status: 422 });
    await expect(reuseSources({ actor: checker, claimId: current.id, input: { fromClaimId: "nosuchclaim", sourceIds: [open.id] } })).rejects.toMatchObject({ status: 404 });
    await expect(reuseSources({ actor: checker, claimId: "nosuchclaim", input: { fromClaimId: earlier.id, sourceIds: [open.id] } })).rejects.toMatchObject({ status: 404 });
    const viewer = await createTestUser("viewer");
    await expect(reuseSources({ actor: viewer, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: [open.id] } })).rejects.toMatchObject({ status: 403 });
  });
});
