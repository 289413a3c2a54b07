/**
 * "Fråga nätverket": put a question together (who sits in both, how two are connected, who
 * is close, who should we meet) and read the answer next to the picture. The question lives
 * in the URL (nav.questions); only the one being put together is local UI state.
 */
import { useState } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { collaborationGroup, type CollaborationGroup } from '../../domain/compare';
import { labelLookup } from '../../domain/labels';
import type { QuestionAnswer } from '../../domain/questionView';
import { useDataset } from '../../state/DatasetContext';
import { QUESTION_KINDS, useAppStore, type QuestionKind } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { FOCUS_MODES, MAX_COMPARED, NEIGHBOURHOOD_DEPTHS } from '../../url/navState';
import { CompareCollaborationsAnswer, CompareMembersAnswer } from './CompareAnswer';
import { NeighbourhoodAnswer } from './NeighbourhoodAnswer';
import { NodePicker } from './NodePicker';
import { RoutesAnswer } from './RoutesAnswer';
import { SuggestionsAnswer } from './SuggestionsAnswer';
import './questions.css';

const GROUPS: Record<string, CollaborationGroup> = {
  interreg: { funding: ['interreg'] },
  structural: { funding: ['eu-strukturfonder'] },
  council: { kinds: ['council'] },
  subregion: { kinds: ['subregion'] },
  network: { kinds: ['network'] },
};

function Answer({ answer }: { answer: QuestionAnswer }) {
  if (answer.kind === 'compare-collaborations')
    return <CompareCollaborationsAnswer ids={answer.ids} result={answer.result} />;
  if (answer.kind === 'compare-members')
    return <CompareMembersAnswer ids={answer.ids} result={answer.result} />;
  if (answer.kind === 'routes') return <RoutesAnswer result={answer.result} />;
  if (answer.kind === 'neighbourhood') return <NeighbourhoodAnswer result={answer.result} />;
  if (answer.kind === 'suggestions')
    return <SuggestionsAnswer focus={answer.focus} result={answer.result} />;
  return null;
}

function Chips({ ids, onRemove }: { ids: string[]; onRemove: (id: string) => void }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  return (
    <ul className="chips">
      {ids.map((id) => (
        <li key={id} className="chip">
          {labelOf(id)}
          <button
            type="button"
            aria-label={t('questions.remove', { name: labelOf(id) })}
            onClick={() => onRemove(id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function Builder({ kind, ids }: { kind: QuestionKind; ids: string[] }) {
  const { data } = useDataset();
  const t = useT();
  const draft = useAppStore((s) => s.draftQuestion);
  const store = useAppStore.getState;
  const depth = useAppStore((s) => s.nav.questions.depth);
  const [group, setGroup] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const set = (next: string[]) => draft({ kind, ids: next });
  const isOrganisation = (id: string) => data.nodeById.get(id)?.kind === 'organisation';
  const ask = () => {
    setProblem(null);
    if (kind === 'compare') {
      if (ids.length < 2) return setProblem(t('questions.needTwo'));
      store().askCompare(ids.slice(0, MAX_COMPARED));
    } else if (kind === 'routes') {
      const [from, to] = ids;
      if (!from || !to) return;
      store().askRoute(from, to);
    } else if (kind === 'neighbourhood') {
      if (!ids[0]) return;
      store().askNeighbourhood(ids[0]);
    } else if (ids[0]) store().askSuggestions(ids[0]);
    draft(null);
  };
  return (
    <form
      className="question-builder"
      onSubmit={(e) => {
        e.preventDefault();
        ask();
      }}
    >
      <h3>{t(`questions.kind.${kind}`)}</h3>
      {kind === 'compare' ? (
        <>
          <Chips ids={ids} onRemove={(id) => set(ids.filter((x) => x !== id))} />
          <NodePicker
            label={t('questions.pick')}
            accept={(id) => !id.startsWith('person:') && !ids.includes(id)}
            onPick={(id) => set([...ids, id])}
          />
          <Select<string>
            label={t('questions.group')}
            className="builder-group"
            options={[
              { value: '', label: t('questions.group.none') },
              ...Object.keys(GROUPS).map((key) => ({
                value: key,
                label: t(`questions.group.${key as 'interreg'}`),
              })),
            ]}
            value={group}
            onChange={(key) => {
              setGroup(key);
              const chosen = GROUPS[key];
              if (chosen) set(collaborationGroup(data, chosen).slice(0, MAX_COMPARED));
            }}
          />
        </>
      ) : kind === 'routes' ? (
        <>
          {ids[0] ? (
            <Chips ids={[ids[0]]} onRemove={() => set(ids.slice(1))} />
          ) : (
            <NodePicker label={t('questions.from')} onPick={(id) => set([id, ...ids.slice(1)])} />
          )}
          {ids[1] ? (
            <Chips ids={[ids[1]]} onRemove={() => set(ids.slice(0, 1))} />
          ) : (
            <NodePicker
              label={t('questions.to')}
              accept={(id) => id !== ids[0]}
              onPick={(id) => set([ids[0] ?? '', id].filter(Boolean))}
            />
          )}
        </>
      ) : (
        <>
          {ids[0] ? (
            <Chips ids={[ids[0]]} onRemove={() => set([])} />
          ) : (
            <NodePicker
              label={kind === 'suggestions' ? t('questions.organisation') : t('questions.centre')}
              accept={kind === 'suggestions' ? isOrganisation : () => true}
              onPick={(id) => set([id])}
            />
          )}
          {kind === 'neighbourhood' ? (
            <RadioGroup
              label={t('questions.depth')}
              options={NEIGHBOURHOOD_DEPTHS.map((d) => ({
                value: d,
                label: t('questions.depth.value', { depth: d }),
              }))}
              value={depth}
              onChange={(d) => store().setQuestionOptions({ depth: d })}
            />
          ) : null}
        </>
      )}
      {problem ? (
        <p className="small" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="builder-actions">
        <button type="submit" className="primary">
          {t('questions.ask')}
        </button>
        <button type="button" onClick={() => draft(null)}>
          {t('questions.close')}
        </button>
      </div>
    </form>
  );
}

export function QuestionsPanel({ model }: { model: ViewModel }) {
  const t = useT();
  const draft = useAppStore((s) => s.ui.questionDraft);
  const selected = useAppStore((s) => s.nav.selected);
  const focus = useAppStore((s) => s.nav.questions.focus);
  const startDraft = useAppStore((s) => s.draftQuestion);
  const clear = useAppStore((s) => s.clearQuestions);
  const setOptions = useAppStore((s) => s.setQuestionOptions);
  const answers = model.question.answers;
  const start = (kind: QuestionKind) => {
    const seed = selected && !selected.startsWith('tie:') ? [selected] : [];
    startDraft({ kind, ids: kind === 'suggestions' && !seed[0]?.startsWith('org:') ? [] : seed });
  };
  return (
    <section className="questions" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('questions.title')}</h2>
      <div className="question-kinds" role="group" aria-label={t('questions.title')}>
        {QUESTION_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={draft?.kind === kind}
            onClick={() => (draft?.kind === kind ? startDraft(null) : start(kind))}
          >
            {t(`questions.kind.${kind}`)}
          </button>
        ))}
      </div>
      {draft ? <Builder kind={draft.kind} ids={draft.ids} /> : null}
      {answers.length > 0 ? (
        <div className="answers" data-testid="answers">
          <div className="answer-bar">
            <RadioGroup
              label={t('questions.focus')}
              options={FOCUS_MODES.map((m) => ({ value: m, label: t(`questions.focus.${m}`) }))}
              value={focus}
              onChange={(m) => setOptions({ focus: m })}
            />
            <button type="button" onClick={() => clear()}>
              {t('questions.close')}
            </button>
          </div>
          {answers.map((answer, i) => (
            <Answer key={`${answer.kind}-${i}`} answer={answer} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
