import { NextRequest } from "next/server";
import { withoutUnsafeCallbackUrl } from "@/lib/auth/safe-redirect";
import { handlers } from "@/lib/server/auth/next-auth";

/** The auth library's endpoints, with a callbackUrl it would choke on taken out first. */
function guarded(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) => {
    const cleaned = withoutUnsafeCallbackUrl(new URL(request.url));
    return handler(cleaned ? new NextRequest(cleaned, request) : request);
  };
}

export const GET = guarded(handlers.GET);
export const POST = guarded(handlers.POST);
