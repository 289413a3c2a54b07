/**
 * "Who sits in …": a collaboration's facts, members grouped by role or by organisation
 * type (or as a sortable table), people and their seats by body, the unnamed-participants
 * note and the sources.
 */
import { useMemo, useState } from 'react';
import { Fact, NodeLinkList } from '../../components/Facts';
import { NodeLink } from '../../components/NodeLink';
import { RadioGroup } from '../../components/RadioGroup';
import { CollaborationSwatch, OrganisationSwatch } from '../../components/Swatch';
import type { CollaborationNode, MembershipEdge } from '../../data/graphSchema';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES, SEAT_BODIES } from '../../data/vocabulary';
import { compareSv } from '../../domain/collate';
import { inLanguage, labelLookup } from '../../domain/labels';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { Evidence } from './Evidence';
import { MembershipItem } from './MembershipItem';
import { MemberTable } from './MemberTable';

type Grouping = 'role' | 'type' | 'table';
const NO_MEMBERSHIPS: readonly MembershipEdge[] = [];

export function CollaborationDetails({ collaboration }: { collaboration: CollaborationNode }) {
  const { data } = useDataset();
  const t = useT();
  const [grouping, setGrouping] = useState<Grouping>('role');
  const memberships = data.membershipsByCollaboration.get(collaboration.id) ?? NO_MEMBERSHIPS;
  const seats = data.seatsByCollaboration.get(collaboration.id) ?? [];
  const labelOf = labelLookup(data);
  const parents = data.parentsByCollaboration.get(collaboration.id) ?? [];
  const children = data.childrenByCollaboration.get(collaboration.id) ?? [];
  const lang = useAppStore((s) => s.nav.lang);
  // What this body itself sits in (a collaboration that acts), besides what it is part of.
  const sitsIn = (data.membershipsByOrganisation.get(collaboration.id) ?? []).filter(
    (m) => m.role !== 'part',
  );
  const funding = collaboration.funding.map((f) =>
    data.file.fundingProgrammes.find((p) => p.id === f),
  );

  const groups = useMemo(() => {
    const map = new Map<string, MembershipEdge[]>();
    for (const m of memberships) {
      const org = data.nodeById.get(m.source);
      const key =
        grouping === 'type' ? (org?.kind === 'organisation' ? org.type : 'other') : m.role;
      const list = map.get(key) ?? [];
      list.push(m);
      map.set(key, list);
    }
    const order: readonly string[] = grouping === 'type' ? ORGANISATION_TYPES : MEMBERSHIP_ROLES;
    return order
      .filter((k) => map.has(k))
      .map((k) => ({
        key: k,
        members: (map.get(k) ?? []).sort((a, b) => compareSv(labelOf(a.source), labelOf(b.source))),
      }));
  }, [data, memberships, grouping, labelOf]);

  const seatsByBody = SEAT_BODIES.map((body) => ({
    body,
    seats: seats.filter((s) => s.body === body),
  })).filter((g) => g.seats.length > 0);
  const period =
    collaboration.start || collaboration.end
      ? `${collaboration.start ?? '?'}–${collaboration.end ?? t('details.ongoing')}`
      : t('details.periodUnknown');
  const orgCount = new Set(memberships.map((m) => m.source)).size;

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">
        <CollaborationSwatch kind={collaboration.type} /> {t(`colKind.${collaboration.type}`)}
      </p>
      <h2 id="details-title">
        {collaboration.label}
        {collaboration.shortName ? (
          <span className="short-name"> ({collaboration.shortName})</span>
        ) : null}
      </h2>
      <p className="description">
        {inLanguage(lang, collaboration.description, collaboration.descriptionEn)}
      </p>
      <dl className="facts">
        <Fact label={t('details.period')}>
          {period}
          {collaboration.periodNote
            ? ` (${inLanguage(lang, collaboration.periodNote, collaboration.periodNoteEn) ?? ''})`
            : ''}
        </Fact>
        <Fact label={t('details.funding')} show={funding.length > 0}>
          {funding
            .map((f, i) => (f ? (lang === 'en' ? f.nameEn : f.name) : collaboration.funding[i]))
            .join(', ')}
        </Fact>
        <Fact label={t('details.aliases')} show={collaboration.aliases.length > 0}>
          {collaboration.aliases.join(', ')}
        </Fact>
        <Fact label={t('details.partOf')} show={parents.length > 0}>
          <NodeLinkList nodes={parents} />
        </Fact>
        <Fact label={t('details.parts')} show={children.length > 0}>
          <NodeLinkList nodes={children} />
        </Fact>
        <Fact label={t('details.sitsIn')} show={sitsIn.length > 0}>
          <ul className="membership-list" data-testid="sits-in">
            {sitsIn.map((m) => (
              <MembershipItem key={m.id} membership={m} showEnd="collaboration" />
            ))}
          </ul>
        </Fact>
      </dl>

      <section aria-labelledby="members-title">
        <h3 id="members-title">
          {t('details.members', { name: collaboration.shortName ?? collaboration.label })}{' '}
          <span className="badge">{orgCount}</span>
        </h3>
        {memberships.length > 0 ? (
          <RadioGroup
            label={t('details.members', { name: '' })}
            name="member-grouping"
            options={[
              { value: 'role' as const, label: t('details.membersByRole') },
              { value: 'type' as const, label: t('details.membersByType') },
              { value: 'table' as const, label: t('details.memberTable') },
            ]}
            value={grouping}
            onChange={setGrouping}
          />
        ) : null}
        {grouping === 'table' ? (
          <MemberTable collaboration={collaboration} memberships={memberships} />
        ) : (
          groups.map((group) => (
            <div key={group.key} className="group" data-testid={`member-group-${group.key}`}>
              <h4>
                {grouping === 'type' ? (
                  <>
                    <OrganisationSwatch type={group.key as (typeof ORGANISATION_TYPES)[number]} />{' '}
                    {t(`orgType.${group.key as (typeof ORGANISATION_TYPES)[number]}`)}
                  </>
                ) : (
                  t(`role.${group.key as (typeof MEMBERSHIP_ROLES)[number]}`)
                )}{' '}
                <span className="badge">{group.members.length}</span>
              </h4>
              <ul className="membership-list">
                {group.members.map((m) => (
                  <MembershipItem
                    key={m.id}
                    membership={m}
                    showEnd="organisation"
                    showRole={grouping === 'type'}
                  />
                ))}
              </ul>
            </div>
          ))
        )}
        {collaboration.unnamedParticipants ? (
          <p className="unnamed">
            <strong>{t('details.unnamed')}:</strong>{' '}
            {inLanguage(
              lang,
              collaboration.unnamedParticipants,
              collaboration.unnamedParticipantsEn,
            )}
          </p>
        ) : null}
      </section>

      {seatsByBody.length > 0 ? (
        <section aria-labelledby="seats-title">
          <h3 id="seats-title">{t('details.seats', { count: seats.length })}</h3>
          {seatsByBody.map((g) => (
            <div key={g.body} className="group" data-testid={`seat-group-${g.body}`}>
              <h4>{t(`seatBody.${g.body}`)}</h4>
              <ul className="membership-list">
                {g.seats.map((s) => (
                  <li key={s.id}>
                    <NodeLink id={s.source} label={labelOf(s.source)} />
                    {s.role !== 'member' ? (
                      <span className="role"> {t(`seatRole.${s.role}`)}</span>
                    ) : null}
                    {s.title ? (
                      <span className="note">, {inLanguage(lang, s.title, s.titleEn)}</span>
                    ) : null}
                    {s.organisation ? (
                      <>
                        {', '}
                        <NodeLink
                          id={s.organisation}
                          label={labelOf(s.organisation)}
                          className="secondary"
                        />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="sources-title">
        <h3 id="sources-title">{t('details.sources')}</h3>
        <ul className="source-list">
          {collaboration.evidence.length > 0
            ? collaboration.evidence.map((e, i) => (
                <li key={i}>
                  <Evidence evidence={[e]} />
                </li>
              ))
            : collaboration.sources.map((s) => (
                <li key={s}>{data.sourceById.get(s)?.title ?? s}</li>
              ))}
        </ul>
      </section>
    </article>
  );
}
