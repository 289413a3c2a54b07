/**
 * One search box over organisations, collaborations and people (ARIA combobox with a
 * listbox): arrows move, Enter chooses, Escape closes. Choosing selects the node, which
 * the picture centres and highlights with its neighbourhood, and moves keyboard focus to
 * the chosen node's details (the panel's heading).
 */
import './search.css';
import { useId, useMemo, useRef, useState } from 'react';
import { CollaborationSwatch, OrganisationSwatch, PersonSwatch } from '../../components/Swatch';
import { search } from '../../domain/search';
import { combineHits, createTextSearch } from '../../domain/textSearch';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { focusDetailsHeading } from './focusDetails';

export function SearchBox() {
  const { data, searchIndex } = useDataset();
  const t = useT();
  const query = useAppStore((s) => s.nav.query);
  const updateNav = useAppStore((s) => s.updateNav);
  const select = useAppStore((s) => s.select);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  // Full-text search over descriptions and notes, built on the first query (not at start).
  const textSearch = useMemo(() => createTextSearch(data.file), [data]);
  const hits = useMemo(() => {
    const byName = search(searchIndex, query, 12);
    return combineHits(byName, textSearch.search(query, { limit: 8 }), 16);
  }, [searchIndex, textSearch, query]);

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    select(hit.id);
    setOpen(false);
    void focusDetailsHeading();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
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
    } else if (event.key === 'Escape') {
      // Escape closes the list first; a second Escape (list closed) clears the selection globally.
      if (open && query) {
        event.stopPropagation();
        setOpen(false);
      }
    }
  };

  const showList = open && query.trim().length > 0;
  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="search-label">
        {t('search.label')}
      </label>
      <div className="search-field">
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('search.placeholder')}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            updateNav({ query: e.target.value });
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </div>
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          className="search-results"
          aria-label={t('search.results', { count: hits.length })}
        >
          {hits.length === 0 ? (
            <li className="search-empty" role="option" aria-selected="false" aria-disabled="true">
              {t('search.noResults', { query })}
            </li>
          ) : (
            hits.map((hit, i) => {
              const node = data.nodeById.get(hit.id);
              const firstText = hit.via === 'text' && hits[i - 1]?.via !== 'text';
              return (
                <li
                  key={hit.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`${i === active ? 'active' : ''} ${hit.via === 'text' ? 'text-hit' : ''} ${firstText ? 'first-text-hit' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(i)}
                  onMouseEnter={() => setActive(i)}
                >
                  {firstText ? (
                    <span className="text-hits-heading" aria-hidden="true">
                      {t('search.textHits')}
                    </span>
                  ) : null}
                  {node?.kind === 'organisation' ? (
                    <OrganisationSwatch type={node.type} size={12} />
                  ) : node?.kind === 'collaboration' ? (
                    <CollaborationSwatch kind={node.type} size={12} />
                  ) : (
                    <PersonSwatch size={12} />
                  )}
                  <span className="hit-label">{hit.label}</span>
                  <span className="hit-meta">
                    {node?.kind === 'organisation'
                      ? t(`orgType.${node.type}`)
                      : node?.kind === 'collaboration'
                        ? t(`colKind.${node.type}`)
                        : t('nodeKind.person')}
                    {hit.via === 'name' && hit.matched
                      ? ` · ${t('search.matchedAlias', { alias: hit.matched })}`
                      : ''}
                    {hit.via === 'text' ? ` · ${t(`search.field.${hit.field}`)}` : ''}
                  </span>
                  {hit.via === 'text' ? (
                    <span className="hit-snippet">{hit.snippet.text}</span>
                  ) : null}
                </li>
              );
            })
          )}
        </ul>
      ) : null}
    </div>
  );
}
