'use client';

import { useId, useState } from 'react';
import { downloadText } from './download';
import type { LabSession } from './model/lab-session';
import type { LabSettings } from './model/lab-state';
import { labFileName, labFileText } from './model/lab-file/export';
import { checkImportSize, parseLabFile } from './model/lab-file/import';
import { btn } from './styles';

interface Props {
  session: LabSession;
  onImport: (settings: LabSettings, session: LabSession) => void;
}

type Status = { ok: boolean; text: string } | null;

/**
 * «Guardar» downloads the whole lab as JSON; «Abrir» reads one back. A file is refused before
 * reading when it is too big, and a bad one leaves the current lab exactly as it was.
 */
export function LabFilePanel({ session, onImport }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const inputId = useId();
  const open = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setStatus({ ok: false, text: tooBig });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStatus({ ok: false, text: 'No se ha podido leer el archivo.' });
    }
    const result = parseLabFile(text);
    if (!result.ok) return setStatus({ ok: false, text: result.error });
    onImport(result.settings, result.session);
    setStatus({ ok: true, text: `Laboratorio abierto: «${file.name.slice(0, 60)}», época ${result.session.epoch}.` });
  };
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={btn} onClick={() => downloadText(labFileName(session, 'json'), labFileText(session), 'application/json')}>
          Guardar como JSON
        </button>
        <label htmlFor={inputId} className={`${btn} cursor-pointer focus-within:ring-2 focus-within:ring-brand-500`}>
          Abrir un JSON…
          <input
            id={inputId}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            data-testid="abrir-json"
            onChange={(e) => {
              void open(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={`text-sm ${status.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-700 dark:text-red-400'}`} data-testid="estado-archivo">
          {status.text}
        </p>
      )}
    </div>
  );
}
