export default function Loading() {
  return (
    <main className="page" aria-busy="true">
      <p className="loading">Loading…</p>
    </main>
  );
}
