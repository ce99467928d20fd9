/** A column heading; `hidden` ones are read by screen readers only (an actions column). */
export type TableColumn = string | { label: string; hidden: true };

/** A data table: column headings, and the rows given as children. */
export function Table({ columns, caption, className = "table", children }: { columns: readonly TableColumn[]; caption?: string; className?: string; children: React.ReactNode }) {
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === "string" ? (
              <th scope="col" key={column}>
                {column}
              </th>
            ) : (
              <th scope="col" key={column.label}>
                <span className="visually-hidden">{column.label}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
