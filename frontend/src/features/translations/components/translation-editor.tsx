import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  useSaveTranslation,
  type TranslatableKind,
} from '@/features/translations/api/translations';
import { strings } from '@/features/translations/strings';

type Field = keyof (typeof strings)['fr']['field'];
type Part = keyof (typeof strings)['fr']['part'];

function isPart(value: string | undefined): value is Part {
  return value === 'problem' || value === 'experience' || value === 'impact';
}

/**
 * The texts of a record side by side: each original (marked with its language) beside a field for
 * its translation into `into`, with who translated it and when.
 */
export function TranslationEditor({
  kind,
  slug,
  into,
  translations,
}: {
  kind: TranslatableKind;
  slug: string;
  into: 'fr' | 'en';
  translations: Schemas['Translations'];
}) {
  const { t } = useFeatureTranslation('translations', strings);
  const { i18n } = useTranslation();
  const original = translations.original ?? 'fr';
  const existing = (translations.translations ?? []).filter((item) => item.lang === into);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(existing.map((item) => [item.field ?? '', item.text ?? ''])),
  );
  const save = useSaveTranslation(kind, slug, into);
  const fields = Object.keys(translations.originals ?? {});
  const label = (field: string) => {
    // A coalition's canvas part: "problem.12.title" is the title of a problem, named by its text.
    const [part, , own] = field.split('.');
    if (own && isPart(part)) {
      const originalTitle = translations.originals?.[field.replace(/\.[^.]+$/, '.title')];
      return `${t(`part.${part}`)} « ${originalTitle ?? ''} » — ${t(`field.${own as Field}`, {
        defaultValue: own,
      })}`;
    }
    return t(`field.${field as Field}`, { defaultValue: field });
  };
  return (
    <form
      className="translation-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(Object.fromEntries(fields.map((field) => [field, texts[field] ?? ''])));
      }}
    >
      <p className="muted">{t('editor.help')}</p>
      {fields.map((field) => {
        const done = existing.find((item) => item.field === field);
        const id = `translation-${field}`;
        const long = field !== 'title' && field !== 'name';
        return (
          <fieldset key={field} className="translation-editor__row">
            <legend>{label(field)}</legend>
            <div className="translation-editor__original">
              <h3 className="small-heading">
                {t('editor.original', {
                  language: t(`language.${original === 'en' ? 'en' : 'fr'}`),
                })}
              </h3>
              <p lang={original}>{translations.originals?.[field] ?? '—'}</p>
            </div>
            <div className="translation-editor__translation">
              <label htmlFor={id}>
                {t('editor.translation', { language: t(`language.${into}`) })}
              </label>
              {long ? (
                <textarea
                  id={id}
                  lang={into}
                  rows={field === 'body' ? 12 : 4}
                  value={texts[field] ?? ''}
                  onChange={(event) => {
                    setTexts({ ...texts, [field]: event.target.value });
                  }}
                />
              ) : (
                <input
                  id={id}
                  lang={into}
                  value={texts[field] ?? ''}
                  onChange={(event) => {
                    setTexts({ ...texts, [field]: event.target.value });
                  }}
                />
              )}
              {done?.translatedBy && done.translatedAt && (
                <p className="muted">
                  {t('editor.byOn', {
                    by: done.translatedBy,
                    date: formatDate(done.translatedAt, i18n.language),
                  })}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <p>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('editor.save')}
        </button>
      </p>
      {save.isSuccess && (
        <p className="form-status form-status--ok" role="status">
          {t('editor.saved')}
        </p>
      )}
      {save.isError && (
        <p className="form-status form-status--error" role="alert">
          {t('editor.failed', {
            status: save.error instanceof ApiError ? save.error.status : '—',
          })}
        </p>
      )}
    </form>
  );
}
