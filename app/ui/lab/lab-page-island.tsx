'use client';

import { useMemo } from 'react';
import { LabApp } from './lab-app';
import { decodeRecord } from './model/url-state';

/** /laboratorio's client island: the query string decides everything, and changes are written back to it. */
export function LabPageIsland({ query }: { query: Record<string, string> }) {
  const config = useMemo(() => decodeRecord(query), [query]);
  return <LabApp config={config} syncUrl />;
}
