"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

const HEALTH_POLL_MS = 2_000;

type DatabaseState = "checking" | "up" | "down";

/**
 * What a page shows when the server could not render it. The browser is not told why (the
 * server hides its errors), so it asks /api/health: when the database is away, the page says so
 * and reloads itself once it is back; otherwise it offers to try again, with the reference the
 * server logged.
 */
export function PageError({ digest, reset }: { digest?: string; reset: () => void }) {
  const router = useRouter();
  const [database, setDatabase] = useState<DatabaseState>("checking");

  useEffect(() => {
    let wasDown = false;
    let stopped = false;
    const check = async () => {
      const status = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.status,
        () => 0,
      );
      if (stopped) return;
      if (status === 200) {
        setDatabase("up");
        if (wasDown) {
          stopped = true;
          startTransition(() => {
            router.refresh();
            reset();
          });
        }
        return;
      }
      wasDown = true;
      setDatabase("down");
    };
    void check();
    const timer = setInterval(() => void check(), HEALTH_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [router, reset]);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <main className="page page--narrow">
      <div className="empty" role="alert" data-page-error={database}>
        {database === "down" ? (
          <>
            <p className="empty__title">Factdesk cannot reach its database</p>
            <p>Nothing you saved is lost. This page loads by itself as soon as the database answers again, usually within seconds.</p>
          </>
        ) : (
          <>
            <p className="empty__title">This page could not be loaded</p>
            <p>
              Something went wrong on the server.{" "}
              {digest ? (
                <>
                  If it happens again, tell your administrator the reference <code>{digest}</code>.
                </>
              ) : null}
            </p>
          </>
        )}
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </div>
    </main>
  );
}
