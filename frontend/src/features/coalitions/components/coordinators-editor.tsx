import { useEffect, useId, useRef, useState } from 'react';
import { ProblemView } from '@/components/forms/problem-view';
import { strings as formStrings } from '@/components/forms/strings';
import { ErrorState } from '@/components/ui/query-state';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';
import { useAccountMatches, useSaveCoordinators } from '@/features/coalitions/api/coordinators';
import { strings } from '@/features/coalitions/coordinators-strings';

type AccountRef = Schemas['AccountRef'];

/** Matches shown at most under the search box. */
const MAX_MATCHES = 10;

/** An account as people know it: its name, and its username when it says more. */
function accountLabel(account: AccountRef): string {
  const name = account.name ?? account.username ?? String(account.id ?? '');
  return account.username && account.username !== name ? `${name} (${account.username})` : name;
}

const idsOf = (accounts: readonly AccountRef[]) =>
  accounts.map((account) => account.id).filter((id): id is number => id !== undefined);

/**
 * An administrator's way to find an account to name: the API looks for the words typed in the
 * accounts' names and usernames (accents and case ignored); those already named are not offered.
 */
function AddCoordinator({
  exclude,
  onAdd,
}: {
  exclude: readonly number[];
  onAdd: (account: AccountRef) => void;
}) {
  const { t } = useFeatureTranslation('coordinators', strings);
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const accounts = useAccountMatches(q);
  // What was found is shown for the words in the box only (not while they are being typed, nor
  // for an emptied box after a choice).
  const searching = q !== '' && q === text.trim();
  const matches = (searching ? (accounts.data?.items ?? []) : [])
    .filter((account) => account.id !== undefined && !exclude.includes(account.id))
    .slice(0, MAX_MATCHES);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('add')}</h2>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('search')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('addHint')}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </div>
      {accounts.isError ? (
        <ErrorState
          error={accounts.error}
          onRetry={() => {
            void accounts.refetch();
          }}
        />
      ) : (
        <div aria-live="polite">
          {searching && accounts.isPending && <p className="hint">{t('loadingAccounts')}</p>}
          {searching && accounts.isSuccess && matches.length === 0 && (
            <p className="hint">{t('noMatch')}</p>
          )}
          {matches.length > 0 && (
            <ul className="picker__results">
              {matches.map((account) => (
                <li key={account.id}>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => {
                      onAdd({ id: account.id, name: account.name, username: account.username });
                      setText('');
                    }}
                  >
                    {t('addName', { name: accountLabel(account) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

interface CoordinatorsEditorProps {
  slug: string;
  /** The coordinators as read. */
  coordinators: readonly AccountRef[];
  /** The ETag of the list as read, sent back as `If-Match`. */
  readEtag: string | undefined;
  /** Reads the list again (after a 412: someone changed it meanwhile). */
  onReload: () => void;
  /** Administrators may name anyone: they get the search of accounts. */
  canAdd: boolean;
  /** The reader's account id (`GET /api/v1/me`): removing oneself is confirmed first. */
  myId: number | undefined;
  /** After saving a list without the reader, who may no longer edit it. */
  onLeft: () => void;
}

/**
 * The coordinators of a coalition: each with a button to remove it, an administrator's search to
 * add one, and the whole list saved at once (`PUT …/coordinators`). Removing oneself asks first.
 */
export function CoordinatorsEditor({
  slug,
  coordinators,
  readEtag,
  onReload,
  canAdd,
  myId,
  onLeft,
}: CoordinatorsEditorProps) {
  const { t } = useFeatureTranslation('coordinators', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const id = useId();
  const save = useSaveCoordinators(slug);
  const [etag, setEtag] = useState(readEtag);
  const [saved, setSaved] = useState<readonly AccountRef[]>(coordinators);
  const [draft, setDraft] = useState<readonly AccountRef[]>(coordinators);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const draftIds = idsOf(draft);
  const changed = draftIds.join(',') !== idsOf(saved).join(',');
  const edit = (next: readonly AccountRef[]) => {
    setDraft(next);
    setDone(false);
    save.reset();
  };
  const remove = (account: AccountRef) => {
    edit(draft.filter((item) => item.id !== account.id));
  };
  const onSave = () => {
    const leaving = myId !== undefined && idsOf(saved).includes(myId) && !draftIds.includes(myId);
    save.mutate(
      { accounts: draftIds, etag },
      {
        onSuccess: (answer) => {
          if (leaving) {
            onLeft();
            return;
          }
          setEtag(answer.etag);
          setSaved(answer.data);
          setDraft(answer.data);
          setDone(true);
        },
      },
    );
  };
  return (
    <>
      <section aria-labelledby={`${id}-current`}>
        <h2 id={`${id}-current`}>{t('current')}</h2>
        {draft.length === 0 ? (
          <p className="state state--empty">{t('none')}</p>
        ) : (
          <ul className="member-rows" aria-labelledby={`${id}-current`}>
            {draft.map((account) => {
              const label = accountLabel(account);
              const isMe = myId !== undefined && account.id === myId;
              return (
                <li key={account.id} className="member-row">
                  <span>
                    {label}
                    {isMe && ` ${t('you')}`}
                  </span>
                  {isMe && confirming ? (
                    <span className="row-actions">
                      <span id={`${id}-confirm`}>{t('confirmSelf')}</span>
                      <button
                        ref={confirmButton}
                        type="button"
                        aria-describedby={`${id}-confirm`}
                        className="button button--small"
                        onClick={() => {
                          setConfirming(false);
                          remove(account);
                        }}
                      >
                        {t('confirmSelfButton')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => {
                          setConfirming(false);
                        }}
                      >
                        {t('keep')}
                      </button>
                    </span>
                  ) : (
                    <span className="row-actions">
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={t('removeName', { name: label })}
                        onClick={() => {
                          if (isMe) setConfirming(true);
                          else remove(account);
                        }}
                      >
                        {t('remove')}
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {canAdd ? (
        <AddCoordinator
          exclude={draftIds}
          onAdd={(account) => {
            edit([...draft, account]);
          }}
        />
      ) : (
        <p className="hint">{t('adminOnly')}</p>
      )}
      <ProblemView error={save.error} onReload={onReload} />
      {changed && <p className="hint">{t('unsaved')}</p>}
      {done && (
        <p className="form-status form-status--ok" role="status">
          {t('saved')}
        </p>
      )}
      <p className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!changed || save.isPending}
          onClick={onSave}
        >
          {save.isPending ? tf('actions.saving') : tf('actions.save')}
        </button>
        {changed && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              edit(saved);
            }}
          >
            {t('reset')}
          </button>
        )}
      </p>
    </>
  );
}
