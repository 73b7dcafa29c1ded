interface NumbersTableProps {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A plain table of the values a visualization draws (the first column labels each row). */
export function NumbersTable({ caption, headers, rows }: NumbersTableProps) {
  return (
    <table className="my-0 w-full border-collapse text-left text-sm tabular-nums">
      <caption className="mb-1 text-left text-slate-600 dark:text-slate-400">{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-700">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row" className="border-b border-slate-200 px-2 py-1 font-normal dark:border-slate-800">
                  {cell}
                </th>
              ) : (
                <td key={c} className="border-b border-slate-200 px-2 py-1 dark:border-slate-800">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
