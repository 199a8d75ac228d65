import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { safeUrl } from '@/lib/safe-url';
import {
  useDecideSuggestions,
  useSuggestionQueue,
  type Queue,
} from '@/features/moderation/api/moderation';
import { DecisionStatus } from '@/features/moderation/components/decision-status';
import { Screening } from '@/features/moderation/components/screening';
import { strings } from '@/features/moderation/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

type Action = Schemas['SuggestionAction'];
type Suggestion = Schemas['ModeratedSuggestion'];
const ACTIONS: readonly Action[] = ['ACCEPT', 'REJECT', 'DUPLICATE', 'SPAM'];
const ACTOR_KINDS: readonly Schemas['ActorKind'][] = [
  'ASSOCIATION',
  'LOCAL_AUTHORITY',
  'PUBLIC_BODY',
  'COMPANY',
  'RESEARCH_EDUCATION',
  'FUNDER',
  'MEDIA',
  'NETWORK',
  'INDIVIDUAL_EXPERT',
];

/** What a moderator fills in for one decision. */
interface Draft {
  note: string;
  duplicateOf: string;
  createActor: boolean;
  actorKind: Schemas['ActorKind'] | '';
}
const emptyDraft: Draft = { note: '', duplicateOf: '', createActor: false, actorKind: '' };

function Where({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useFeatureTranslation('moderation', strings);
  if (suggestion.coalition) {
    return (
      <>
        {t('onCoalition')}{' '}
        <Link to={`/coalitions/${suggestion.coalition.slug ?? ''}`}>
          <CoalitionRefLabel coalition={suggestion.coalition} />
        </Link>
      </>
    );
  }
  if (suggestion.axis) {
    return (
      <>
        {t('onAxis')} <Link to={`/axes/${suggestion.axis.slug ?? ''}`}>{suggestion.axis.name}</Link>
      </>
    );
  }
  return null;
}

interface DecisionFieldsProps {
  idPrefix: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Whether the actor can be created (potential allies), and whether its kind is known. */
  ally: boolean;
  kindKnown: boolean;
}

/** The note, the original of a duplicate, and the actor to create for an accepted ally. */
function DecisionFields({ idPrefix, draft, onChange, ally, kindKnown }: DecisionFieldsProps) {
  const { t } = useFeatureTranslation('moderation', strings);
  const common = useTranslation().t;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>{t('note')}</label>
        <p className="hint" id={`${idPrefix}-note-hint`}>
          {t('noteHint')}
        </p>
        <textarea
          id={`${idPrefix}-note`}
          rows={2}
          maxLength={1000}
          aria-describedby={`${idPrefix}-note-hint`}
          value={draft.note}
          onChange={(event) => {
            onChange({ ...draft, note: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-duplicate`}>{t('duplicateOf')}</label>
        <p className="hint" id={`${idPrefix}-duplicate-hint`}>
          {t('duplicateOfHint')}
        </p>
        <input
          id={`${idPrefix}-duplicate`}
          type="text"
          inputMode="numeric"
          aria-describedby={`${idPrefix}-duplicate-hint`}
          value={draft.duplicateOf}
          onChange={(event) => {
            onChange({ ...draft, duplicateOf: event.target.value.replace(/\D/g, '') });
          }}
        />
      </div>
      {ally && (
        <>
          <div className="checkbox">
            <input
              id={`${idPrefix}-create`}
              type="checkbox"
              checked={draft.createActor}
              onChange={(event) => {
                onChange({ ...draft, createActor: event.target.checked });
              }}
            />
            <label htmlFor={`${idPrefix}-create`}>{t('createActor')}</label>
          </div>
          {draft.createActor && (
            <div className="field">
              <label htmlFor={`${idPrefix}-kind`}>{t('actorKind')}</label>
              <select
                id={`${idPrefix}-kind`}
                value={draft.actorKind}
                onChange={(event) => {
                  onChange({ ...draft, actorKind: event.target.value as Draft['actorKind'] });
                }}
              >
                <option value="">{kindKnown ? t('actorKindNone') : '—'}</option>
                {ACTOR_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {common(`actorKind.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      )}
    </>
  );
}

/**
 * A queue of suggestions for moderators: accept (an ally's actor may be created in the same
 * step), reject, mark as duplicate of another suggestion, or spam; one or a selection, with a
 * note kept with the decision.
 */
export function SuggestionQueue({ queue, page }: { queue: Queue; page: number }) {
  const { t, i18n } = useFeatureTranslation('moderation', strings);
  const common = useTranslation().t;
  const suggestions = useSuggestionQueue(queue, page);
  const decide = useDecideSuggestions();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [drafts, setDrafts] = useState<Readonly<Record<number, Draft>>>({});
  const [bulk, setBulk] = useState<Draft>(emptyDraft);
  const [done, setDone] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const status = useRef<HTMLDivElement>(null);
  const items = suggestions.data?.items ?? [];

  const focusStatus = () => {
    requestAnimationFrame(() => {
      status.current?.focus();
    });
  };
  const apply = (chosen: Suggestion[], action: Action, draft: Draft) => {
    setDone(undefined);
    let missing: string | undefined;
    if (chosen.length === 0) missing = t('noSelection');
    else if (action === 'DUPLICATE' && draft.duplicateOf === '') missing = t('duplicateOfRequired');
    else if (
      action === 'ACCEPT' &&
      draft.createActor &&
      draft.actorKind === '' &&
      chosen.some((item) => !item.actorKind)
    )
      missing = t('actorKindRequired');
    setProblem(missing);
    if (missing) {
      focusStatus();
      return;
    }
    const ids = chosen.map((item) => item.id ?? 0);
    const createActor =
      action === 'ACCEPT' &&
      draft.createActor &&
      chosen.every((item) => item.kind === 'POTENTIAL_ALLY');
    decide.mutate(
      {
        ids,
        action,
        note: draft.note.trim() || undefined,
        duplicateOf: action === 'DUPLICATE' ? Number(draft.duplicateOf) : undefined,
        createActor: createActor || undefined,
        actorKind: createActor && draft.actorKind !== '' ? draft.actorKind : undefined,
      },
      {
        onSuccess: (result) => {
          setDone(t(`suggestionDone.${action}`, { count: result.ids?.length ?? ids.length }));
          setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
          setBulk(emptyDraft);
        },
        onSettled: focusStatus,
      },
    );
  };
  const toggle = (id: number, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id ?? 0));
  const chosen = items.filter((item) => selected.has(item.id ?? 0));

  return (
    <>
      <DecisionStatus ref={status} done={done} error={decide.error} problem={problem} />
      <QueryState query={suggestions} empty={t(`empty.${queue}`)}>
        {(data) => (
          <>
            <p className="muted">{t('total', { count: data.totalItems ?? 0 })}</p>
            <fieldset className="inline-form moderation__bulk">
              <legend>{t('bulk')}</legend>
              <div className="checkbox">
                <input
                  id="select-all-suggestions"
                  type="checkbox"
                  checked={allSelected}
                  onChange={(event) => {
                    setSelected(
                      event.target.checked ? new Set(items.map((item) => item.id ?? 0)) : new Set(),
                    );
                  }}
                />
                <label htmlFor="select-all-suggestions">{t('selectAll')}</label>
                <span className="muted">({t('selected', { count: selected.size })})</span>
              </div>
              <DecisionFields
                idPrefix="bulk-suggestion"
                draft={bulk}
                onChange={setBulk}
                ally={chosen.length > 0 && chosen.every((item) => item.kind === 'POTENTIAL_ALLY')}
                kindKnown={chosen.every((item) => item.actorKind)}
              />
              <p className="row-actions">
                {ACTIONS.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === 'ACCEPT' ? 'button' : 'button button--secondary'}
                    disabled={decide.isPending}
                    onClick={() => {
                      apply(chosen, action, bulk);
                    }}
                  >
                    {t(`suggestionActionSelection.${action}`)}
                  </button>
                ))}
              </p>
            </fieldset>
            <ol className="moderation__items">
              {(data.items ?? []).map((suggestion) => {
                const id = suggestion.id ?? 0;
                const title = suggestion.title ?? '';
                const headingId = `moderated-suggestion-${id}`;
                const draft = drafts[id] ?? emptyDraft;
                const website = safeUrl(suggestion.website ?? '', ['http:', 'https:']);
                return (
                  <li key={id}>
                    <article className="moderated" aria-labelledby={headingId}>
                      <div className="checkbox moderated__select">
                        <input
                          id={`${headingId}-select`}
                          type="checkbox"
                          checked={selected.has(id)}
                          onChange={(event) => {
                            toggle(id, event.target.checked);
                          }}
                        />
                        <label htmlFor={`${headingId}-select`}>
                          {t('selectSuggestion', { title })}
                        </label>
                      </div>
                      <h3 id={headingId}>
                        {title}{' '}
                        <span className="muted">
                          n° {id} · {t(`kind.${suggestion.kind ?? 'MISSING_SUBJECT'}`)} ·{' '}
                          {t(`suggestionStatus.${suggestion.status ?? 'PENDING'}`)}
                        </span>
                      </h3>
                      <dl className="facts moderated__facts">
                        <dt>{t('author')}</dt>
                        <dd>{suggestion.authorName ?? '—'}</dd>
                        <dt>{t('email')}</dt>
                        <dd>{suggestion.email ?? '—'}</dd>
                        {website && (
                          <>
                            <dt>{t('website')}</dt>
                            <dd>
                              <a href={website} rel="nofollow ugc noopener">
                                {website}
                              </a>
                            </dd>
                          </>
                        )}
                        {suggestion.actorKind && (
                          <>
                            <dt>{t('actorKind')}</dt>
                            <dd>{common(`actorKind.${suggestion.actorKind}`)}</dd>
                          </>
                        )}
                        <dt>{t('postedOn')}</dt>
                        <dd>
                          <Where suggestion={suggestion} />
                        </dd>
                        <dt>{t('received')}</dt>
                        <dd>{formatDateTime(suggestion.createdAt, i18n.language)}</dd>
                      </dl>
                      <p className="tags">
                        {suggestion.hidden && (
                          <span className="badge badge--sample">{t('hidden')}</span>
                        )}
                        {suggestion.erased && <span className="badge">{t('erased')}</span>}
                      </p>
                      <SafeHtml
                        className="moderated__body"
                        html={suggestion.descriptionHtml}
                        profile="comment"
                      />
                      {suggestion.actor && (
                        <p>
                          {t('actorCreated')}{' '}
                          <Link to={`/actors/${suggestion.actor.slug ?? ''}`}>
                            {suggestion.actor.name}
                          </Link>
                        </p>
                      )}
                      {suggestion.moderatorNote && (
                        <p className="muted">
                          {t('moderatorNote', { note: suggestion.moderatorNote })}
                        </p>
                      )}
                      <Screening
                        headingId={headingId}
                        decisions={suggestion.spamDecisions ?? []}
                        reports={suggestion.reports ?? []}
                      />
                      <fieldset className="moderated__decision">
                        <legend>{t('itemDecision')}</legend>
                        <DecisionFields
                          idPrefix={headingId}
                          draft={draft}
                          onChange={(next) => {
                            setDrafts((current) => ({ ...current, [id]: next }));
                          }}
                          ally={suggestion.kind === 'POTENTIAL_ALLY' && !suggestion.actor}
                          kindKnown={Boolean(suggestion.actorKind)}
                        />
                        <p className="row-actions">
                          {ACTIONS.map((action) => (
                            <button
                              key={action}
                              type="button"
                              className={
                                action === 'ACCEPT' ? 'button' : 'button button--secondary'
                              }
                              aria-label={t(`suggestionActionOn.${action}`, { title })}
                              disabled={decide.isPending}
                              onClick={() => {
                                apply([suggestion], action, draft);
                              }}
                            >
                              {t(`suggestionAction.${action}`)}
                            </button>
                          ))}
                        </p>
                      </fieldset>
                    </article>
                  </li>
                );
              })}
            </ol>
            <Pagination page={page} totalPages={data.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
