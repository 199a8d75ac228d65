import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zNoteInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { CheckboxInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveNote } from '@/features/notes/api/note-edit';
import { strings } from '@/features/notes/edit-strings';

const slugsOf = (items: readonly { slug?: string }[] | undefined): string[] =>
  (items ?? []).flatMap((item) => (item.slug ? [item.slug] : []));

/**
 * A preview made on this side without any HTML: the text as paragraphs (React escapes it).
 * The exact rendering is the API's, shown once the note is saved.
 */
export function PlainPreview({ markdown }: { markdown: string }) {
  const { t } = useFeatureTranslation('noteEdit', strings);
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">{t('previewEmpty')}</p>;
  return (
    <div className="prose prose--plain">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

interface NoteFormProps {
  note?: Schemas['Note'];
  etag?: string;
  onSaved: (saved: Schemas['Note']) => void;
  onReload?: () => void;
  onCancel: () => void;
}

/**
 * Writes a note or replaces one (`PUT` with `If-Match`), validated by the contract's `NoteInput`:
 * title, standfirst, Markdown body with a plain preview, status, the event and the coalitions
 * (chosen by searching the API), comments open. Axes, territories, authors and the sample flag,
 * not edited here, are sent back as they were read.
 */
export function NoteForm({ note, etag, onSaved, onReload, onCancel }: NoteFormProps) {
  const { t } = useFeatureTranslation('noteEdit', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tApp } = useTranslation();
  const api = useApiClient();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const save = useSaveNote(note?.slug);
  const form = useApiForm(zNoteInput, {
    defaultValues: {
      title: note?.title ?? '',
      excerpt: note?.excerpt ?? '',
      bodyMarkdown: note?.bodyMarkdown ?? '',
      status: note?.status ?? 'DRAFT',
      event: note?.event?.slug ?? '',
      coalitions: slugsOf(note?.coalitions),
      commentsOpen: note?.commentsOpen ?? true,
    },
  });
  const onSubmit = form.submitWith(async (values) => {
    const saved = await save.mutateAsync({
      etag,
      input: {
        ...values,
        title: values.title.trim(),
        axes: slugsOf(note?.axes),
        territories: slugsOf(note?.territories),
        authors: slugsOf(note?.authors),
        sample: note?.sample ?? false,
      },
    });
    onSaved(saved.data);
  });
  const initial = useMemo(
    () => ({
      event: note?.event?.slug
        ? [{ value: note.event.slug, label: note.event.title ?? note.event.slug }]
        : [],
      coalitions: (note?.coalitions ?? []).flatMap((coalition): PickerOption[] =>
        coalition.slug ? [{ value: coalition.slug, label: coalition.title ?? coalition.slug }] : [],
      ),
    }),
    [note],
  );
  const busy = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        className="edit-form"
        noValidate
        onSubmit={(event) => {
          void onSubmit(event).then(() => {
            // A refused text is shown where it is written.
            if (form.getFieldState('bodyMarkdown').invalid) setTab('write');
          });
        }}
      >
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="title" label={t('title')} required />
        <TextInput name="excerpt" label={t('excerpt')} hint={t('excerptHint')} multiline rows={2} />
        <div className="tabs" role="group" aria-label={t('body')}>
          <ul>
            <li>
              <button
                type="button"
                className="link-button"
                aria-pressed={tab === 'write'}
                onClick={() => {
                  setTab('write');
                }}
              >
                {t('write')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="link-button"
                aria-pressed={tab === 'preview'}
                onClick={() => {
                  setTab('preview');
                }}
              >
                {t('preview')}
              </button>
            </li>
          </ul>
        </div>
        {tab === 'write' ? (
          <TextInput
            name="bodyMarkdown"
            label={t('body')}
            hint={t('bodyHint')}
            multiline
            rows={14}
            required
          />
        ) : (
          <section className="preview" aria-labelledby="note-preview">
            <h2 id="note-preview">{t('preview')}</h2>
            <p className="hint">{t('previewHint')}</p>
            <PlainPreview markdown={form.getValues('bodyMarkdown')} />
          </section>
        )}
        <SelectInput
          name="status"
          label={t('status')}
          options={[
            { value: 'DRAFT', label: tApp('noteStatus.DRAFT') },
            { value: 'PUBLISHED', label: tApp('noteStatus.PUBLISHED') },
          ]}
        />
        <ApiPicker
          name="event"
          label={t('event')}
          search={searchOptions(api, 'event')}
          initial={initial.event}
        />
        <ApiPicker
          name="coalitions"
          label={t('coalitions')}
          search={searchOptions(api, 'coalition')}
          initial={initial.coalitions}
          multiple
        />
        <CheckboxInput name="commentsOpen" label={t('commentsOpen')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? tf('actions.saving') : tf('actions.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {tf('actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
