import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

// Gives every page a Content-Security-Policy with a nonce of its own. Next.js reads the policy
// from the request to put the nonce on its scripts, so it is set on both. This is not where
// access is checked: every page and route checks the signed-in user itself.
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes set their own headers (the HTML report has a stricter policy), and
  // static files carry no script.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
