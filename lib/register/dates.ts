// Title dates are partial: "2021", "2021-03" or "2021-03-15". A period runs from the first day
// of `from` to the last day of `to`; an open end runs on.

const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value) && !Number.isNaN(Date.parse(startOf(value)));
}

export function startOf(value: string): string {
  const [year, month = "01", day = "01"] = value.split("-");
  return `${year}-${month}-${day}`;
}

export function endOf(value: string): string {
  const [year, month, day] = value.split("-");
  if (day) return value;
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, "0")}`;
  }
  return `${year}-12-31`;
}

export type Period = { from: string | null; to: string | null };

export function describePeriod({ from, to }: Period): string {
  if (from && to) return `from ${from} to ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return "(no dates)";
}

/** A term as whole days for indexed lookups; open ends become the earliest and latest days. */
export function termDays({ from, to }: { from?: string | null; to?: string | null }): { fromDay: string; toDay: string } {
  return { fromDay: from ? startOf(from) : "0000-01-01", toDay: to ? endOf(to) : "9999-12-31" };
}
