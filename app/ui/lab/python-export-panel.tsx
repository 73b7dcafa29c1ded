'use client';

import { useState } from 'react';
import { downloadText } from './download';
import type { LabSession } from './model/lab-session';
import { labFileName } from './model/lab-file/export';
import { kerasScript } from './model/python-export/keras';
import { pytorchScript } from './model/python-export/pytorch';
import { btn, select } from './styles';

const FRAMEWORKS = {
  pytorch: { label: 'PyTorch', make: pytorchScript },
  keras: { label: 'TensorFlow/Keras', make: kerasScript },
} as const;
type Framework = keyof typeof FRAMEWORKS;

/** The network as a Python script for PyTorch or Keras: same layers, same weights. Made from the weights at the click. */
export function PythonExportPanel({ session }: { session: LabSession }) {
  const [framework, setFramework] = useState<Framework>('pytorch');
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const make = () => FRAMEWORKS[framework].make(session.net, session.settings, session.epoch);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1 whitespace-nowrap text-sm">
          Código para
          <select
            className={`${select} mt-0 w-auto`}
            value={framework}
            onChange={(e) => {
              setFramework(e.target.value as Framework);
              setCode(null);
            }}
          >
            {Object.entries(FRAMEWORKS).map(([k, f]) => (
              <option key={k} value={k}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={btn} onClick={() => downloadText(labFileName(session, 'py', `-${framework}`), make(), 'text/x-python')}>
          Descargar .py
        </button>
        <button
          type="button"
          className={btn}
          onClick={() => {
            const text = make();
            setCode(text);
            setCopied(false);
            navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined);
          }}
        >
          Ver y copiar el código
        </button>
        <span className="text-sm text-emerald-800 dark:text-emerald-300" aria-live="polite">
          {copied ? 'Copiado.' : ''}
        </span>
      </div>
      {code && (
        <pre className="max-h-72 overflow-auto rounded-md bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="codigo-python" tabIndex={0} aria-label={`Código ${FRAMEWORKS[framework].label}`}>
          {code}
        </pre>
      )}
    </div>
  );
}
