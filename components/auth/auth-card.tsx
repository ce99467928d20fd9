/** The centred card of the pages used before signing in (sign-in, invitations). */
export function AuthCard({ children }: { children: React.ReactNode }) {
  return (
    <main className="signin">
      <div className="signin__card">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark">✓</span> Factdesk
        </div>
        {children}
      </div>
    </main>
  );
}
