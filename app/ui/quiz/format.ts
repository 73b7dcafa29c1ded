const percent = new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 0 });
const points = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 2 });
const date = new Intl.DateTimeFormat('es-ES', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Madrid' });

/** 0.85 → "85 %", as Spanish writes it. */
export const formatPercent = (score: number) => percent.format(score);
/** 0.6667 → "0,67". */
export const formatPoints = (value: number) => points.format(value);
/** An ISO date in Spain's time, the same on the server and in the browser. */
export const formatDate = (iso: string | Date) => date.format(typeof iso === 'string' ? new Date(iso) : iso);
