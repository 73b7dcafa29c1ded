/**
 * Placeholder for the live "Ver cómo aprende una red neuronal" demo (a network training in
 * the browser on lib/engine), shown on the home page and on /curso/ver-como-aprende, and
 * available to lessons as <DemoEnVivo />. Whoever builds the demo replaces this body with it
 * and keeps the test id.
 */
export function LiveDemoSlot() {
  return (
    <div
      data-testid="demo-en-vivo"
      className="not-prose my-6 rounded-lg border-2 border-dashed border-slate-300 px-4 py-8 text-center dark:border-slate-700"
    >
      <p className="font-medium">Aquí verás una red neuronal aprendiendo en directo.</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">La demostración interactiva está en preparación.</p>
    </div>
  );
}
