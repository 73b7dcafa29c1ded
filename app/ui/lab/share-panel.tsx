'use client';

import { useState } from 'react';
import { btn, select } from './styles';

/**
 * Two share buttons (settings only, or with the trained weights) and the link they made.
 * The parent remounts it after every change, since an older link no longer describes the lab.
 */
export function SharePanel({ makeUrl }: { makeUrl: (withWeights: boolean) => string }) {
  const [url, setUrl] = useState<string | null>(null);
  const share = (withWeights: boolean) => {
    const made = makeUrl(withWeights);
    setUrl(made);
    navigator.clipboard?.writeText(made).catch(() => undefined);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={btn} onClick={() => share(false)}>
        Copiar enlace a esta configuración
      </button>
      <button type="button" className={btn} onClick={() => share(true)}>
        Compartir estado completo
      </button>
      {url && <input readOnly aria-label="Enlace para compartir" value={url} className={`${select} mt-0 min-w-0 flex-1 font-mono text-xs`} data-testid="enlace-compartir" onFocus={(e) => e.target.select()} />}
    </div>
  );
}
