/**
 * The import entry point mounted in the header: loads the dialog (and with it the table
 * and network readers) as a separate chunk after first paint, and leaves it out of the
 * single-file standalone export, which cannot carry the readers' worker code.
 */
import { lazy, Suspense } from 'react';

const LazyImportDialog = import.meta.env.VITE_STANDALONE
  ? null
  : lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** The "Import" button and window-wide file drop; renders nothing in the standalone export. */
export function ImportButton() {
  if (!LazyImportDialog) return null;
  return (
    <Suspense fallback={null}>
      <LazyImportDialog />
    </Suspense>
  );
}
