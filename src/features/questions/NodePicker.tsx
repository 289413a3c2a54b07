/**
 * Search-as-you-type picker for one node (ARIA combobox with a listbox), used to build a
 * question: arrows move, Enter chooses, Escape closes the list only.
 */
import { useId, useMemo, useState } from 'react';
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
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const hits = useMemo(
    () =>
      search(searchIndex, query, 30)
        .filter((h) => accept(h.id))
        .slice(0, 8),
    [searchIndex, query, accept],
  );
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.id);
    setQuery('');
    setOpen(false);
  };
  const showList = open && query.trim().length > 0;
  return (
    <div className="node-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-${active}` : undefined}
        placeholder={t('questions.pickPlaceholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(active);
          } else if (event.key === 'Escape' && showList) {
            event.stopPropagation();
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      {showList ? (
        <ul id={`${id}-list`} role="listbox" className="search-results picker-results">
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
                  id={`${id}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : ''}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(i)}
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
