import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router';
import { zAccountLinks } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveAccountLinks } from '@/features/accounts/api/accounts';
import { strings } from '@/features/accounts/strings';

type Account = Schemas['Account'];

const options = (items: readonly { slug?: string; name?: string }[] | undefined): PickerOption[] =>
  (items ?? [])
    .filter((item) => item.slug)
    .map((item) => ({ value: item.slug ?? '', label: item.name ?? item.slug ?? '' }));

const nameOf = (account: Account) => account.name ?? account.username ?? String(account.id ?? '');

/** The actors an account acts for and the territories it manages, chosen by searching the API. */
function AccountLinksForm({
  account,
  onSaved,
  onCancel,
}: {
  account: Account & { id: number };
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useFeatureTranslation('accounts', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const api = useApiClient();
  const save = useSaveAccountLinks(account.id);
  const actors = options(account.actors);
  const territories = options(account.territories);
  const form = useApiForm(zAccountLinks, {
    defaultValues: {
      actors: actors.map((option) => option.value),
      territories: territories.map((option) => option.value),
    },
  });
  const onSubmit = form.submitWith(async (links) => {
    await save.mutateAsync(links);
    onSaved();
  });
  return (
    <FormProvider {...form}>
      <form
        className="inline-form"
        noValidate
        aria-label={t('formOf', { name: nameOf(account) })}
        onSubmit={(event) => void onSubmit(event)}
      >
        <ProblemView error={form.problem} />
        <ApiPicker
          name="actors"
          label={t('actorsField')}
          hint={t('actorsHint')}
          multiple
          search={searchOptions(api, 'actor')}
          initial={actors}
        />
        <ApiPicker
          name="territories"
          label={t('territoriesField')}
          hint={t('territoriesHint')}
          multiple
          search={searchOptions(api, 'territory')}
          initial={territories}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? tf('actions.saving') : tf('actions.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {tf('actions.cancel')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}

function Links({
  items,
  to,
}: {
  items: readonly { slug?: string; name?: string }[] | undefined;
  to: string;
}) {
  const { t } = useFeatureTranslation('accounts', strings);
  if (!items || items.length === 0) return <span className="muted">{t('none')}</span>;
  return (
    <>
      {items.map((item, index) => (
        <span key={item.slug}>
          {index > 0 && ', '}
          <Link to={`${to}/${item.slug ?? ''}`}>{item.name ?? item.slug}</Link>
        </span>
      ))}
    </>
  );
}

/** One account: who it is, what it is linked to, and (on demand) the form to change the links. */
function AccountCard({ account }: { account: Account }) {
  const { t } = useFeatureTranslation('accounts', strings);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const name = nameOf(account);
  return (
    <li>
      <article className="card" aria-labelledby={`${id}-name`}>
        <h2 className="card__title" id={`${id}-name`}>
          {name}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('username')}</dt>
            <dd>{account.username}</dd>
          </div>
          <div>
            <dt>{t('actors')}</dt>
            <dd>
              <Links items={account.actors} to="/actors" />
            </dd>
          </div>
          <div>
            <dt>{t('territories')}</dt>
            <dd>
              <Links items={account.territories} to="/territories" />
            </dd>
          </div>
        </dl>
        {saved && (
          <p className="form-status form-status--ok" role="status">
            {t('saved', { name })}
          </p>
        )}
        {editing && account.id !== undefined ? (
          <AccountLinksForm
            account={{ ...account, id: account.id }}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => {
              setEditing(false);
            }}
          />
        ) : (
          account.id !== undefined && (
            <p className="row-actions">
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('editOf', { name })}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('edit')}
              </button>
            </p>
          )
        )}
      </article>
    </li>
  );
}

/** A page of accounts, each with its links and their editor. */
export function AccountList({ accounts }: { accounts: readonly Account[] }) {
  return (
    <ul className="card-list">
      {accounts.map((account) => (
        <AccountCard key={account.id ?? account.username} account={account} />
      ))}
    </ul>
  );
}
