import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router';
import { zIntentionDecisionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker } from '@/components/forms/api-picker';
import { TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { SafeHtml } from '@/components/ui/safe-html';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDecideIntention } from '@/features/intentions/api/intentions';
import { strings } from '@/features/intentions/strings';

type Intention = Schemas['Intention'];
type Action = Schemas['IntentionAction'];

/** The editors' decision: accept, join to a coalition (chosen by searching), decline; a word. */
function Decision({ intention }: { intention: Intention }) {
  const { t } = useFeatureTranslation('intentions', strings);
  const api = useApiClient();
  const decide = useDecideIntention(intention.id ?? 0);
  const form = useApiForm(zIntentionDecisionInput, {
    defaultValues: { action: 'ACCEPT', note: '', coalition: '' },
  });
  const submit = (action: Action) => {
    form.setValue('action', action);
    if (action !== 'MERGE') form.setValue('coalition', '');
    void form.submitWith(async (input) => {
      await decide.mutateAsync(input);
    })();
  };
  const busy = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        className="edit-form"
        noValidate
        aria-label={t('decisionTitle', { title: intention.title ?? '' })}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <ProblemView error={form.problem} />
        <TextInput name="note" label={t('note')} multiline rows={2} />
        <p className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              submit('ACCEPT');
            }}
          >
            {t('accept')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() => {
              submit('DECLINE');
            }}
          >
            {t('decline')}
          </button>
        </p>
        <ApiPicker
          name="coalition"
          label={t('mergeInto')}
          search={searchOptions(api, 'coalition')}
        />
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              submit('MERGE');
            }}
          >
            {t('merge')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}

/** A proposed coalition as the editors read it, with its decision or the form to decide. */
export function IntentionCard({ intention }: { intention: Intention }) {
  const { t, i18n } = useFeatureTranslation('intentions', strings);
  const headingId = `intention-${String(intention.id)}`;
  return (
    <article className="card intention" aria-labelledby={headingId}>
      <h2 id={headingId} lang={intention.lang !== i18n.language ? intention.lang : undefined}>
        {intention.title}
      </h2>
      <p className="meta">
        {t('proposedBy', {
          name: intention.authorName ?? '',
          date: formatDate(intention.createdAt, i18n.language),
        })}
      </p>
      {intention.descriptionHtml && (
        <SafeHtml
          html={intention.descriptionHtml}
          profile="comment"
          lang={intention.lang !== i18n.language ? intention.lang : undefined}
        />
      )}
      <dl className="facts">
        <dt>{t('axesLabel')}</dt>
        <dd>{(intention.axes ?? []).map((axis) => axis.name).join(', ')}</dd>
        {(intention.problems ?? []).length > 0 && (
          <>
            <dt>{t('problemsLabel')}</dt>
            <dd>
              <ul>
                {(intention.problems ?? []).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {(intention.allyKinds ?? []).length > 0 && (
          <>
            <dt>{t('alliesLabel')}</dt>
            <dd>{(intention.allyKinds ?? []).join(', ')}</dd>
          </>
        )}
      </dl>
      {intention.status === 'PENDING' ? (
        <Decision intention={intention} />
      ) : (
        <p className="form-status form-status--ok">
          {intention.status === 'ACCEPTED' && t('decidedAccepted')}
          {intention.status === 'MERGED' && t('decidedMerged')}
          {intention.status === 'DECLINED' && t('decidedDeclined')}
          {intention.coalition && (
            <Link to={`/coalitions/${intention.coalition.slug ?? ''}`}>
              {intention.coalition.title}
            </Link>
          )}
          {intention.note && <> — {intention.note}</>}
        </p>
      )}
    </article>
  );
}
