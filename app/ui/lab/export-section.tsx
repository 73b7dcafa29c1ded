import { LabFilePanel } from './lab-file-panel';
import type { LabSession } from './model/lab-session';
import type { LabSettings } from './model/lab-state';
import { PythonExportPanel } from './python-export-panel';
import { SharePanel } from './share-panel';
import { panel } from './styles';

interface Props {
  session: LabSession;
  generation: number;
  makeUrl: (withWeights: boolean) => string;
  onImport: (settings: LabSettings, session: LabSession) => void;
}

/** Everything that takes the lab elsewhere: links, the JSON file both ways, and Python code. */
export function ExportSection({ session, generation, makeUrl, onImport }: Props) {
  return (
    <section className={`${panel} space-y-3`} aria-label="Compartir, guardar y exportar">
      <SharePanel key={generation} makeUrl={makeUrl} />
      <LabFilePanel session={session} onImport={onImport} />
      <PythonExportPanel session={session} />
    </section>
  );
}
