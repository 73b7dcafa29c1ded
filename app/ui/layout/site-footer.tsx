export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 sm:px-6">
        <p>Backpropagation explicado visualmente · comoprogramar.es</p>
        <p>Todo lo que ves lo calcula un motor de retropropagación que corre en tu navegador.</p>
      </div>
    </footer>
  );
}
