import { STATUS_DISPLAY, type ClaimStatus } from "@/lib/claims/vocabulary";

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const display = STATUS_DISPLAY[status];
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <span aria-hidden="true" className="status-badge__symbol">
        {display.symbol}
      </span>
      {display.label}
    </span>
  );
}
