/** Latencies and outcomes per kind of request. */
export class Recorder {
  private readonly samples = new Map<string, number[]>();
  private readonly errors = new Map<string, number>();
  private readonly firstError = new Map<string, string>();
  recording = false;

  add(kind: string, ms: number, ok: boolean, detail = ''): void {
    if (!this.recording) return;
    const list = this.samples.get(kind) ?? [];
    list.push(ms);
    this.samples.set(kind, list);
    if (!ok) {
      this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
      if (!this.firstError.has(kind)) this.firstError.set(kind, detail.slice(0, 200));
    }
  }

  rows(seconds: number) {
    return [...this.samples.entries()].map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return { kind, count: list.length, errors: this.errors.get(kind) ?? 0, perSecond: list.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), firstError: this.firstError.get(kind) };
    });
  }
}

export function printTable(rows: ReturnType<Recorder['rows']>): void {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log(`${'tipo'.padEnd(20)}${pad('peticiones', 11)}${pad('errores', 9)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}`);
  for (const row of rows) {
    console.log(
      `${row.kind.padEnd(20)}${pad(row.count, 11)}${pad(row.errors, 9)}${pad(row.perSecond.toFixed(1), 9)}${pad(row.p50.toFixed(1), 9)}${pad(row.p95.toFixed(1), 9)}${pad(row.p99.toFixed(1), 9)}`,
    );
    if (row.firstError) console.log(`  primer error: ${row.firstError}`);
  }
}
