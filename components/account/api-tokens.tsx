"use client";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { formText } from "@/lib/forms/form-text";
import type { ApiTokenDto } from "@/lib/dto";
import { Table } from "@/components/ui/table";

/** Personal API tokens: create (shown once), list, revoke. */
export function ApiTokens({ initial }: { initial: ApiTokenDto[] }) {
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<string | null>(null);
  const { message, run } = useFormAction("The token was not changed.");

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = formText(new FormData(formElement), "name");
    const result = await run(() => apiFetch<ApiTokenDto & { token: string }>("/api/me/tokens", { method: "POST", body: { name } }));
    if (!result) return;
    const { token, ...apiToken } = result;
    setTokens((current) => [apiToken, ...current]);
    setCreated(token);
    formElement.reset();
  }

  async function revoke(token: ApiTokenDto) {
    if (!window.confirm(`Revoke “${token.name}”? Scripts using it stop working at once.`)) return;
    const revoked = await run(async () => (await apiFetch(`/api/me/tokens/${token.id}`, { method: "DELETE" }), true));
    if (revoked) setTokens((current) => current.map((item) => (item.id === token.id ? { ...item, revokedAt: new Date().toISOString() } : item)));
  }

  return (
    <>
      <FormMessage message={message} alertOnError />
      <form className="filters" onSubmit={create} aria-label="Create an API token">
        <label className="field field--compact">
          <span className="field__label">Token name</span>
          <input className="input" name="name" required maxLength={100} placeholder="CMS integration" />
        </label>
        <button className="button" type="submit">
          Create token
        </button>
      </form>
      {created && (
        <div className="notice notice--info" role="status">
          <span>
            Copy this token now; it is not shown again. Send it as <code>Authorization: Bearer …</code>
            <input className="input invite__link" readOnly value={created} aria-label="New API token" onFocus={(event) => event.target.select()} />
          </span>
        </div>
      )}
      {tokens.length > 0 && (
        <Table columns={["Name", "Token", "Created", "Last used", { label: "Actions", hidden: true }]}>
          {tokens.map((token) => (
            <tr key={token.id} data-token={token.name}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td className="small">
                <Timestamp iso={token.createdAt} />
              </td>
              <td className="small">{token.lastUsedAt ? <Timestamp iso={token.lastUsedAt} /> : "never"}</td>
              <td>
                {token.revokedAt ? (
                  <span className="muted small">revoked</span>
                ) : (
                  <button type="button" className="button button--small button--danger" onClick={() => void revoke(token)}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
