/**
 * One search box over organisations, collaborations and people (ARIA combobox with a
 * listbox; keyboard and ARIA from the shared useCombobox). Choosing selects the node, which
 * the picture centres and highlights with its neighbourhood, and moves keyboard focus to
 * the chosen node's details (the panel's heading).
 */
import './search.css';
import { useMemo } from 'react';
import { CollaborationSwatch, OrganisationSwatch, PersonSwatch } from '../../components/Swatch';
import { useCombobox } from '../../components/useCombobox';
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
  // Full-text search over descriptions and notes, built on the first query (not at start).
  const textSearch = useMemo(() => createTextSearch(data.file), [data]);
  const hits = useMemo(() => {
    const byName = search(searchIndex, query, 12);
    return combineHits(byName, textSearch.search(query, { limit: 8 }), 16);
  }, [searchIndex, textSearch, query]);

  const combobox = useCombobox({
    count: hits.length,
    hasQuery: query.trim().length > 0,
    openOnFocus: true,
    onChoose: (index) => {
      const hit = hits[index];
      if (!hit) return;
      select(hit.id);
      void focusDetailsHeading();
    },
  });

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="search-label">
        {t('search.label')}
      </label>
      <div className="search-field">
        <input
          id="search-input"
          type="search"
          {...combobox.inputProps}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => {
            updateNav({ query: e.target.value });
            combobox.onQueryChange();
          }}
        />
      </div>
      {combobox.showList ? (
        <ul
          {...combobox.listProps}
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
                  {...combobox.optionProps(i)}
                  className={`${i === combobox.active ? 'active' : ''} ${hit.via === 'text' ? 'text-hit' : ''} ${firstText ? 'first-text-hit' : ''}`}
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
