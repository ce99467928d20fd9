import { describe, expect, it } from "vitest";
import { createTestUser } from "@/lib/testing/factories";
import { getDb } from "../db";
import { createApiToken, listApiTokens, revokeApiToken, userForApiToken } from "./api-tokens";

describe("personal API tokens", () => {
  it("act as their user until revoked, and store only a hash", async () => {
    const user = await createTestUser("checker");
    const { token, apiToken } = await createApiToken({ actor: user, name: "CMS" });
    expect(token.startsWith("fdk_")).toBe(true);
    expect(await userForApiToken(token)).toEqual({ id: user.id, email: user.email, name: user.name, role: "checker" });
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).not.toContain(token.slice(4));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await listApiTokens({ actor: user }))[0]).toMatchObject({ name: "CMS", prefix: token.slice(0, 10), revokedAt: null });

    await revokeApiToken({ actor: user, tokenId: apiToken.id });
    expect(await userForApiToken(token)).toBeNull();
    await expect(revokeApiToken({ actor: user, tokenId: apiToken.id })).rejects.toThrow(/does not exist/);
  });

  it("refuse unknown tokens, other users' revocations and deactivated owners", async () => {
    const owner = await createTestUser("editor");
    const other = await createTestUser("editor");
    const { token, apiToken } = await createApiToken({ actor: owner, name: "script" });
    await expect(revokeApiToken({ actor: other, tokenId: apiToken.id })).rejects.toThrow(/does not exist/);
    expect(await userForApiToken("fdk_not-a-real-token")).toBeNull();
    expect(await userForApiToken("something-else")).toBeNull();
    await getDb().user.update({ where: { id: owner.id }, data: { active: false } });
    expect(await userForApiToken(token)).toBeNull();
  });
});
