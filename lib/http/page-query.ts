/**
 * A page's query as plain strings: repeated parameters count once (the first), and a form's
 * empty fields count as left out.
 */
export function pageQuery(searchParams: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(searchParams).flatMap(([name, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined || first.trim() === "" ? [] : [[name, first]];
    }),
  );
}
