/**
 * "Who does X work with, and through what": an organisation's facts, its collaborations
 * grouped by kind with its role and the evidence, and its key collaborators ranked by
 * shared collaborations, each expandable to the collaborations behind it.
 */
import { useMemo, useState } from 'react';
import { Fact, NodeLinkList } from '../../components/Facts';
import { NodeLink } from '../../components/NodeLink';
import { OrganisationSwatch } from '../../components/Swatch';
import type { MembershipEdge, OrganisationNode } from '../../data/graphSchema';
import { COLLABORATION_KINDS } from '../../data/vocabulary';
import { compareSv } from '../../domain/collate';
import { inLanguage, labelLookup } from '../../domain/labels';
import { keyCollaborators } from '../../domain/projection';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { MembershipItem } from './MembershipItem';

const KEY_COLLABORATORS_SHOWN = 10;
const NO_MEMBERSHIPS: readonly MembershipEdge[] = [];

export function OrganisationDetails({ organisation }: { organisation: OrganisationNode }) {
  const { data } = useDataset();
  const t = useT();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const memberships = data.membershipsByOrganisation.get(organisation.id) ?? NO_MEMBERSHIPS;
  const labelOf = labelLookup(data);
  const lang = useAppStore((s) => s.nav.lang);

  const byKind = useMemo(() => {
    const groups = new Map<string, MembershipEdge[]>();
    for (const m of memberships) {
      const col = data.nodeById.get(m.target);
      if (col?.kind !== 'collaboration') continue;
      const list = groups.get(col.type) ?? [];
      list.push(m);
      groups.set(col.type, list);
    }
    return COLLABORATION_KINDS.filter((k) => groups.has(k)).map((k) => ({
      kind: k,
      memberships: (groups.get(k) ?? []).sort((a, b) =>
        compareSv(labelOf(a.target), labelOf(b.target)),
      ),
    }));
  }, [data, memberships, labelOf]);

  const collaborators = useMemo(
    () => keyCollaborators(organisation.id, data.memberships, labelOf),
    [data, organisation.id, labelOf],
  );
  const shown = showAll ? collaborators : collaborators.slice(0, KEY_COLLABORATORS_SHOWN);
  const parent = organisation.parent ? data.nodeById.get(organisation.parent) : undefined;
  const subsidiaries = data.organisations.filter((o) => o.parent === organisation.id);
  const distinctCollaborations = new Set(memberships.map((m) => m.target)).size;

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">
        <OrganisationSwatch type={organisation.type} /> {t(`orgType.${organisation.type}`)}
      </p>
      <h2 id="details-title">{organisation.label}</h2>
      <dl className="facts">
        <Fact
          label={t('details.aliases')}
          show={organisation.aliases.length > 0 || Boolean(organisation.shortName)}
        >
          {[organisation.shortName, ...organisation.aliases].filter(Boolean).join(', ')}
        </Fact>
        {parent ? (
          <Fact label={t('details.parent')}>
            <NodeLink id={parent.id} label={parent.label} />
          </Fact>
        ) : null}
        <Fact label={t('details.subsidiaries')} show={subsidiaries.length > 0}>
          <NodeLinkList nodes={subsidiaries} />
        </Fact>
        <Fact label={t('details.country')}>{organisation.country}</Fact>
        <Fact label={t('details.county')} show={Boolean(organisation.county)}>
          {organisation.county}
        </Fact>
        <Fact label={t('details.note')} show={Boolean(organisation.note)}>
          {inLanguage(lang, organisation.note, organisation.noteEn)}
        </Fact>
      </dl>

      <section aria-labelledby="key-collaborators">
        <h3 id="key-collaborators">{t('details.keyCollaborators')}</h3>
        {collaborators.length === 0 ? (
          <p className="muted">{t('details.noKeyCollaborators')}</p>
        ) : (
          <>
            <p className="muted small">
              {t('details.keyCollaborators.help', { name: organisation.label })}
            </p>
            <ol className="ranking" data-testid="key-collaborators">
              {shown.map((c) => {
                const open = expanded === c.organisation;
                const node = data.nodeById.get(c.organisation);
                return (
                  <li key={c.organisation}>
                    <div className="ranking-row">
                      <button
                        type="button"
                        className="disclosure"
                        aria-expanded={open}
                        aria-controls={`shared-${c.organisation}`}
                        onClick={() => setExpanded(open ? null : c.organisation)}
                      >
                        {node?.kind === 'organisation' ? (
                          <OrganisationSwatch type={node.type} size={12} />
                        ) : null}
                        <span className="ranking-name">{labelOf(c.organisation)}</span>
                        <span className="badge">
                          {t('details.sharedCount', { count: c.collaborations.length })}
                        </span>
                      </button>
                      <NodeLink id={c.organisation} label="→" className="icon-link" />
                    </div>
                    {open ? (
                      <ul id={`shared-${c.organisation}`} className="shared-list">
                        {c.collaborations.map((col) => (
                          <li key={col}>
                            <NodeLink id={col} label={labelOf(col)} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {collaborators.length > KEY_COLLABORATORS_SHOWN ? (
              <button type="button" className="text-button" onClick={() => setShowAll(!showAll)}>
                {showAll
                  ? t('details.showLess')
                  : t('details.showMore', { count: collaborators.length })}
              </button>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="org-collaborations">
        <h3 id="org-collaborations">
          {t('details.collaborations', { count: distinctCollaborations })}
        </h3>
        {byKind.length === 0 ? <p className="muted">{t('details.noCollaborations')}</p> : null}
        {byKind.map((group) => (
          <div key={group.kind} className="group">
            <h4>{t(`colKind.${group.kind}`)}</h4>
            <ul className="membership-list">
              {group.memberships.map((m) => (
                <MembershipItem key={m.id} membership={m} showEnd="collaboration" />
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}
