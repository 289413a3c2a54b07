/** The imports kept on this computer: name, kind, date and counts, with open and remove. */
import { useEffect, useState } from 'react';
import {
  listImports,
  loadImport,
  removeImport,
  type ImportSummary,
  type StoredList,
} from '../../data/import/store';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { forgetNetwork, openNetwork, preferredView } from './openedImports';

export interface SavedImportsProps {
  onOpenList: (id: string, name: string, list: StoredList) => void;
  /** `view`: the view to open it in (see preferredView), once read. */
  onOpenNetwork: (id: string, view?: 'affiliation' | 'network') => void;
}

export function SavedImports({ onOpenList, onOpenNetwork }: SavedImportsProps) {
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const notify = useAppStore((s) => s.notify);
  const [items, setItems] = useState<ImportSummary[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void listImports().then((r) => !cancelled && setItems(r.ok ? r.value : []));
    return () => {
      cancelled = true;
    };
  }, [version]);
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section aria-label={t('import.savedTitle')}>
      <h3>{t('import.savedTitle')}</h3>
      {items === null ? null : items.length === 0 ? (
        <p className="small muted">{t('import.savedEmpty')}</p>
      ) : (
        <table className="import-table">
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.name}</td>
                <td>{item.kind === 'list' ? t('import.savedList') : t('import.savedNetwork')}</td>
                <td>
                  <time dateTime={item.savedAt}>{date.format(new Date(item.savedAt))}</time>
                </td>
                <td className="small muted">
                  {item.kind === 'list'
                    ? t('import.savedCounts.list', {
                        rows: item.counts.rows ?? 0,
                        matched: item.counts.matched ?? 0,
                      })
                    : t('import.savedCounts.network', {
                        organisations: item.counts.organisations ?? 0,
                        collaborations: item.counts.collaborations ?? 0,
                      })}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      if (item.kind === 'network') {
                        void openNetwork(item.id).then((n) =>
                          onOpenNetwork(item.id, n ? preferredView(n.file) : undefined),
                        );
                        return;
                      }
                      void loadImport(item.id).then((r) => {
                        if (r.ok && r.value.kind === 'list')
                          onOpenList(item.id, item.name, r.value);
                        else notify('warning', t('import.listLoadFailed'));
                      });
                    }}
                  >
                    {t('import.openSaved')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('import.removeLabel', { name: item.name })}
                    onClick={() => {
                      forgetNetwork(item.id);
                      void removeImport(item.id).then(() => setVersion((v) => v + 1));
                    }}
                  >
                    {t('import.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
