"use client";

import { PageError } from "@/components/ui/page-error";

// Errors in the desk layout (which reads the signed-in user) and in pages outside the desk.
export default function PageErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError digest={error.digest} reset={reset} />;
}
