'use client';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="es">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', textAlign: 'center' }}>
        <h1>Algo ha fallado</h1>
        <p>No hemos podido cargar la plataforma. Tu progreso guardado no se ha perdido.</p>
        <button type="button" onClick={reset}>Reintentar</button>
      </body>
    </html>
  );
}
