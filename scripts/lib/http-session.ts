// Signs in to a running Factdesk over HTTP (next-auth's credentials flow) and returns the
// session cookie, for scripts that call the API.
export async function signInOverHttp(baseURL: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrfResponse);
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/articles` }),
  });
  const session = cookiesOf(response)
    .split("; ")
    .find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return session;
}

/** GETs a path of the app with the session cookie and answers with the body; throws on anything but 2xx. */
export function sessionGetter(baseURL: string, cookie: string): (path: string) => Promise<string> {
  return async (path) => {
    const response = await fetch(`${baseURL}${path}`, { headers: { Cookie: cookie } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
    return body;
  };
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
