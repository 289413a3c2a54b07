/**
 * Search-as-you-type picker for one node (ARIA combobox with a listbox), used to build a
 * question; the keyboard and ARIA logic is the shared useCombobox.
 */
import { useId, useMemo, useState } from 'react';
import { useCombobox } from '../../components/useCombobox';
import { search } from '../../domain/search';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';

export function NodePicker({
  label,
  onPick,
  accept = () => true,
}: {
  label: string;
  onPick: (id: string) => void;
  /** Which nodes may be chosen (default all). */
  accept?: (id: string) => boolean;
}) {
  const { data, searchIndex } = useDataset();
  const t = useT();
  const [query, setQuery] = useState('');
  const id = useId();
  const hits = useMemo(
    () =>
      search(searchIndex, query, 30)
        .filter((h) => accept(h.id))
        .slice(0, 8),
    [searchIndex, query, accept],
  );
  const combobox = useCombobox({
    count: hits.length,
    hasQuery: query.trim().length > 0,
    onChoose: (index) => {
      const hit = hits[index];
      if (!hit) return;
      onPick(hit.id);
      setQuery('');
    },
  });
  return (
    <div className="node-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        {...combobox.inputProps}
        placeholder={t('questions.pickPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          combobox.onQueryChange();
        }}
      />
      {combobox.showList ? (
        <ul {...combobox.listProps} className="search-results picker-results">
          {hits.length === 0 ? (
            <li role="option" aria-selected="false" aria-disabled="true" className="search-empty">
              {t('search.noResults', { query })}
            </li>
          ) : (
            hits.map((hit, i) => {
              const node = data.nodeById.get(hit.id);
              return (
                <li
                  key={hit.id}
                  {...combobox.optionProps(i)}
                  className={i === combobox.active ? 'active' : ''}
                >
                  <span className="hit-label">{hit.label}</span>
                  <span className="hit-meta">
                    {node?.kind === 'organisation'
                      ? t(`orgType.${node.type}`)
                      : node?.kind === 'collaboration'
                        ? t(`colKind.${node.type}`)
                        : t('nodeKind.person')}
                  </span>
                </li>
              );
            })
          )}
        </ul>
      ) : null}
    </div>
  );
}
