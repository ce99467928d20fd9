import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { getDb } from "../db";
import { createClaim } from "../claims/create-claim";
import { listClaims } from "../claims/list-claims";
import { addSource } from "./add-source";
import { deleteSource } from "./delete-source";
import { updateSource } from "./update-source";

async function claimWithArticle() {
  const checker = await createTestUser("checker");
  const article = await createTestArticle(await createTestUser("editor"), "The bridge opened in 1932.");
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "1932", kind: "date" } });
  return { checker, article, claim };
}

describe("sources", () => {
  it("adds, edits and removes a source, logging each change", async () => {
    const { checker, article, claim } = await claimWithArticle();
    const source = await addSource({
      actor: checker,
      claimId: claim.id,
      input: { url: "https://archive.example/bridge", title: "Opening day", publisher: "City Archive", excerpt: "opened on 3 May 1932", accessedAt: "2026-11-20" },
    });
    expect(source).toMatchObject({ title: "Opening day", accessedAt: "2026-11-20", version: 1, addedBy: { id: checker.id } });

    const edited = await updateSource({ actor: checker, sourceId: source.id, input: { publisher: "City Archives", version: 1 } });
    expect(edited).toMatchObject({ publisher: "City Archives", title: "Opening day", version: 2 });

    const [listed] = await listClaims({ actor: checker, articleId: article.id });
    expect(listed!.sources.map((item) => item.id)).toEqual([source.id]);

    await deleteSource({ actor: checker, sourceId: source.id });
    const events = await getDb().activityEvent.findMany({ where: { entityId: source.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["source.added", "source.updated", "source.removed"]);
    expect(events[1]).toMatchObject({ before: { publisher: "City Archive" }, after: { publisher: "City Archives" } });
  });

  it("refuses a stale version and a viewer", async () => {
    const { checker, claim } = await claimWithArticle();
    const source = await addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org" } });
    await updateSource({ actor: checker, sourceId: source.id, input: { title: "A", version: 1 } });
    await expect(updateSource({ actor: checker, sourceId: source.id, input: { title: "B", version: 1 } })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "CONFLICT",
    );
    const viewer = await createTestUser("viewer");
    await expect(deleteSource({ actor: viewer, sourceId: source.id })).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === "FORBIDDEN");
  });

  it("keeps a confidential person source without an address, and refuses one with neither address nor title", async () => {
    const { checker, claim } = await claimWithArticle();
    const source = await addSource({ actor: checker, claimId: claim.id, input: { kind: "person", confidential: true, title: "Council aide", contact: "+1 555 0100" } });
    expect(source).toMatchObject({ kind: "person", confidential: true, url: "", contact: "+1 555 0100" });
    await expect(updateSource({ actor: checker, sourceId: source.id, input: { title: "", version: 1 } })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "INVALID_INPUT",
    );
    const opened = await updateSource({ actor: checker, sourceId: source.id, input: { confidential: false, version: 1 } });
    expect(opened).toMatchObject({ confidential: false, version: 2 });
    const [, updated] = await getDb().activityEvent.findMany({ where: { entityId: source.id }, orderBy: { at: "asc" } });
    expect(updated).toMatchObject({ before: { confidential: true }, after: { confidential: false } });
  });

  it("keeps the activity log append-only at the database", async () => {
    const { claim } = await claimWithArticle();
    await expect(getDb().activityEvent.updateMany({ where: { claimId: claim.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(getDb().activityEvent.deleteMany({ where: { claimId: claim.id } })).rejects.toThrow(/append-only/);
  });
});
