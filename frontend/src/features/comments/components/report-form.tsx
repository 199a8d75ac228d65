import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useFeatureTranslation } from '@/lib/i18n';
import type { Schemas } from '@/lib/api-client';
import { SubmissionError, useReportComment } from '@/features/comments/api/comments';
import { waitText } from '@/features/comments/components/retry-after';
import { strings } from '@/features/comments/strings';

const REASONS: readonly Schemas['ReportReason'][] = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC'];

interface ReportFormProps {
  commentId: number;
  authorName: string;
  /** The report was received (or the comment is gone): the message to announce. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Reporting a comment: a reason (spam, offensive, off-topic), optional details, and an explicit
 * confirmation; nothing is sent before "Confirm".
 */
export function ReportForm({ commentId, authorName, onDone, onCancel }: ReportFormProps) {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  const [reason, setReason] = useState<Schemas['ReportReason'] | ''>('');
  const [detail, setDetail] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const report = useReportComment();
  const id = `report-${useId().replace(/:/g, '')}`;
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      first.current?.focus();
      return;
    }
    report.mutate(
      { id: commentId, input: { reason, detail: detail.trim() || undefined } },
      {
        onSuccess: () => {
          onDone(t('report.done'));
        },
        onError: (error) => {
          if (error instanceof SubmissionError && error.status === 404) onDone(t('report.gone'));
        },
      },
    );
  };

  let failure: string | undefined;
  if (report.error instanceof SubmissionError) {
    failure =
      report.error.status === 429 && report.error.retryAfter !== undefined
        ? t('result.tooMany', waitText(t, report.error.retryAfter, i18n.language))
        : t('report.failed', { status: report.error.status });
  } else if (report.error) failure = t('result.network');

  return (
    <form
      className="inline-form report-form"
      noValidate
      aria-label={t('comment.reportComment', { name: authorName })}
      onSubmit={onSubmit}
    >
      {failure && (
        <p className="form-status form-status--error" role="alert">
          {failure}
        </p>
      )}
      <fieldset
        className={`field field--group${missingReason && !reason ? ' field--invalid' : ''}`}
        aria-describedby={missingReason && !reason ? `${id}-error` : undefined}
      >
        <legend>{t('report.legend')}</legend>
        {REASONS.map((value, index) => (
          <div className="checkbox" key={value}>
            <input
              ref={index === 0 ? first : undefined}
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => {
                setReason(value);
              }}
            />
            <label htmlFor={`${id}-${value}`}>{t(`report.${value}`)}</label>
          </div>
        ))}
        {missingReason && !reason && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {t('report.chooseReason')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-detail`}>{t('report.detail')}</label>
        <p className="hint" id={`${id}-detail-hint`}>
          {t('report.detailHint')}
        </p>
        <textarea
          id={`${id}-detail`}
          rows={2}
          maxLength={500}
          aria-describedby={`${id}-detail-hint`}
          value={detail}
          onChange={(event) => {
            setDetail(event.target.value);
          }}
        />
      </div>
      <p className="form-actions">
        <button type="submit" className="button" disabled={report.isPending}>
          {report.isPending ? t('report.sending') : t('report.confirm')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('report.cancel')}
        </button>
      </p>
    </form>
  );
}
