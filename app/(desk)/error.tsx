"use client";

export default function DeskError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="page page--narrow">
      <div className="empty" role="alert">
        <p className="empty__title">This page could not be shown</p>
        <p>Something went wrong on our side. Your saved work is safe; try again in a moment.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
