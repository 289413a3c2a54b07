/** A person: organisation(s) and the seats they hold, with the source of each seat. */
import { Fact, NodeLinkList } from '../../components/Facts';
import { NodeLink } from '../../components/NodeLink';
import { PersonSwatch } from '../../components/Swatch';
import type { PersonNode } from '../../data/graphSchema';
import { inLanguage, labelLookup } from '../../domain/labels';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { Evidence } from './Evidence';

export function PersonDetails({ person }: { person: PersonNode }) {
  const { data } = useDataset();
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const seats = data.seatsByPerson.get(person.id) ?? [];
  const labelOf = labelLookup(data);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">
        <PersonSwatch /> {t('details.person')}
      </p>
      <h2 id="details-title">{person.label}</h2>
      {person.titles.length > 0 ? (
        <p className="description">
          {(lang === 'en' && person.titlesEn.length > 0 ? person.titlesEn : person.titles).join(
            ', ',
          )}
        </p>
      ) : null}
      <dl className="facts">
        <Fact label={t('details.person.organisation')}>
          <NodeLinkList nodes={person.organisations.map((o) => ({ id: o, label: labelOf(o) }))} />
        </Fact>
      </dl>
      <section aria-labelledby="person-seats">
        <h3 id="person-seats">{t('details.person.seats')}</h3>
        <ul className="membership-list">
          {seats.map((s) => (
            <li key={s.id}>
              <NodeLink id={s.target} label={labelOf(s.target)} /> — {t(`seatBody.${s.body}`)},{' '}
              {t(`seatRole.${s.role}`)}
              {s.note ? (
                <span className="note"> ({inLanguage(lang, s.note, s.noteEn)})</span>
              ) : null}
              <Evidence evidence={s.evidence} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
