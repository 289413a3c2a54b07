/** The banner that says an imported network is shown, with the way back to the bundled data. */
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import './import.css';
import { embeddedDatasetName } from './standaloneDataset';

export function ImportedBanner({ name }: { name: string }) {
  const t = useT();
  const openDataset = useAppStore((s) => s.openDataset);
  return (
    <div className="import-banner" role="region" aria-label={t('import.banner', { name })}>
      <span>{t('import.banner', { name })}</span>
      {embeddedDatasetName() === null ? (
        <button type="button" onClick={() => openDataset('')}>
          {t('import.bannerBack')}
        </button>
      ) : null}
    </div>
  );
}
