"use client";

import { PageError } from "@/components/ui/page-error";

// Errors in a desk page; those in the desk's layout itself (reading the signed-in user) reach
// app/error.tsx, which shows the same.
export default function DeskError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError digest={error.digest} reset={reset} />;
}
