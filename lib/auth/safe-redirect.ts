// Where sign-in may send someone afterwards: a path on this site, never another origin.

/** A same-site path ("/articles"), not a protocol-relative or backslash trick ("//evil", "/\\evil"). */
export function isSafeRedirectPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
}

/** The path to go to after sign-in: `value` when it is safe, else the article list. */
export function safeRedirect(value: unknown): string {
  return typeof value === "string" && isSafeRedirectPath(value) ? value : "/articles";
}

/**
 * The auth library's own pages take a `callbackUrl` and fail with a 500 on one that is not an
 * address at all ("x"). Keep it only when it is a same-site path or an address on this origin.
 */
export function withoutUnsafeCallbackUrl(url: URL): URL | null {
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl === null || isSafeRedirectPath(callbackUrl) || sameOrigin(callbackUrl, url.origin)) return null;
  const cleaned = new URL(url);
  cleaned.searchParams.delete("callbackUrl");
  return cleaned;
}

function sameOrigin(address: string, origin: string): boolean {
  try {
    return new URL(address).origin === origin;
  } catch {
    return false;
  }
}
