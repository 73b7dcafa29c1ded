'use client';

import { useMemo } from 'react';
import { LabApp } from './lab-app';
import { decodeLabConfig } from './model/url-state';

/**
 * The lab for lessons: <Laboratorio preset="xor-2-capas" ocultar="regularizacion datos" />.
 * Props are text with the same names as the URL parameters (datos, capas, tasa, semilla…);
 * bad values fall back to defaults with a notice. compacto="si" gives the small home-page demo.
 */
export function Laboratorio(props: Record<string, unknown>) {
  const key = JSON.stringify(props);
  const config = useMemo(() => {
    const record = JSON.parse(key) as Record<string, unknown>;
    return decodeLabConfig((k) => (typeof record[k] === 'string' ? (record[k] as string) : typeof record[k] === 'number' ? String(record[k]) : null));
  }, [key]);
  const compact = props.compacto === 'si' || props.compacto === true;
  return <LabApp config={config} compact={compact} autoplay={compact} />;
}
