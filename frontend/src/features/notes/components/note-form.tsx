import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  FormProvider,
  FormStatus,
  SelectField,
  TextField,
} from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, splitList, useTouched } from '@/lib/form';
import { useSaveNote } from '@/features/notes/api/note-edit';

export interface NoteDraft {
  title: string;
  excerpt: string;
  bodyMarkdown: string;
  status: Schemas['NoteStatus'];
  event: string;
  coalitions: string;
  commentsOpen: boolean;
}

export function noteDraftFrom(note?: Schemas['Note']): NoteDraft {
  return {
    title: note?.title ?? '',
    excerpt: note?.excerpt ?? '',
    bodyMarkdown: note?.bodyMarkdown ?? '',
    status: note?.status ?? 'DRAFT',
    event: note?.event?.slug ?? '',
    coalitions: (note?.coalitions ?? []).map((c) => c.slug ?? '').join(', '),
    commentsOpen: note?.commentsOpen ?? true,
  };
}

export function validateNote(draft: NoteDraft) {
  const { errors, check } = collectErrors();
  check('title', draft.title, { required: true, max: 300 });
  check('excerpt', draft.excerpt, { max: 1000 });
  check('bodyMarkdown', draft.bodyMarkdown, { required: true, max: 100_000 });
  check('event', draft.event, { slug: true });
  splitList(draft.coalitions).forEach((slug) => {
    check('coalitions', slug, { slug: true });
  });
  return errors;
}

/**
 * A preview made on this side without any HTML: the text as paragraphs (React escapes it).
 * The exact rendering is the API's, shown once the note is saved.
 */
export function PlainPreview({ markdown }: { markdown: string }) {
  const { t } = useTranslation();
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">{t('noteForm.previewEmpty')}</p>;
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

export function NoteForm({ note, etag, onSaved, onReload, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => noteDraftFrom(note));
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const touched = useTouched();
  const save = useSaveNote(note?.slug);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = validateNote(draft);
  const count = Object.keys(errors).length;
  const set = (patch: Partial<NoteDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (count > 0) {
      setTab('write');
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    save.mutate(
      {
        etag,
        input: {
          title: draft.title.trim(),
          excerpt: optional(draft.excerpt),
          bodyMarkdown: draft.bodyMarkdown,
          status: draft.status,
          event: optional(draft.event),
          coalitions: splitList(draft.coalitions),
          axes: (note?.axes ?? []).map((axis) => axis.slug ?? ''),
          territories: (note?.territories ?? []).map((territory) => territory.slug ?? ''),
          authors: (note?.authors ?? []).map((author) => author.slug ?? ''),
          commentsOpen: draft.commentsOpen,
          sample: note?.sample ?? false,
        },
      },
      {
        onSuccess: (saved) => {
          onSaved(saved.data);
        },
      },
    );
  };
  return (
    <FormProvider
      value={{
        idPrefix: 'note',
        clientErrors: errors,
        serverErrors: serverFieldErrors(save.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form ref={formRef} className="edit-form" noValidate onSubmit={onSubmit}>
        <FormStatus
          error={save.error}
          invalidCount={touched.submitted ? count : 0}
          onReload={onReload}
          staleMessage={t('noteForm.stale')}
        />
        <TextField
          path="title"
          label={t('noteForm.title')}
          value={draft.title}
          required
          onChange={(title) => {
            set({ title });
          }}
        />
        <TextField
          path="excerpt"
          label={t('noteForm.excerpt')}
          hint={t('noteForm.excerptHint')}
          value={draft.excerpt}
          multiline
          rows={2}
          onChange={(excerpt) => {
            set({ excerpt });
          }}
        />
        <div className="tabs" role="group" aria-label={t('noteForm.body')}>
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
                {t('noteForm.write')}
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
                {t('noteForm.preview')}
              </button>
            </li>
          </ul>
        </div>
        {tab === 'write' ? (
          <TextField
            path="bodyMarkdown"
            label={t('noteForm.body')}
            hint={t('noteForm.bodyHint')}
            value={draft.bodyMarkdown}
            multiline
            rows={14}
            required
            onChange={(bodyMarkdown) => {
              set({ bodyMarkdown });
            }}
          />
        ) : (
          <section className="preview" aria-labelledby="note-preview">
            <h2 id="note-preview">{t('noteForm.preview')}</h2>
            <p className="hint">{t('noteForm.previewHint')}</p>
            <PlainPreview markdown={draft.bodyMarkdown} />
          </section>
        )}
        <div className="field-row">
          <SelectField
            path="status"
            label={t('noteForm.status')}
            value={draft.status}
            options={[
              { value: 'DRAFT', label: t('noteStatus.DRAFT') },
              { value: 'PUBLISHED', label: t('noteStatus.PUBLISHED') },
            ]}
            onChange={(status) => {
              set({ status: status as Schemas['NoteStatus'] });
            }}
          />
          <TextField
            path="event"
            label={t('noteForm.event')}
            hint={t('noteForm.slugHint')}
            value={draft.event}
            onChange={(value) => {
              set({ event: value });
            }}
          />
        </div>
        <TextField
          path="coalitions"
          label={t('noteForm.coalitions')}
          hint={t('noteForm.slugsHint')}
          value={draft.coalitions}
          onChange={(coalitions) => {
            set({ coalitions });
          }}
        />
        <CheckboxField
          path="commentsOpen"
          label={t('noteForm.commentsOpen')}
          checked={draft.commentsOpen}
          onChange={(commentsOpen) => {
            set({ commentsOpen });
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
