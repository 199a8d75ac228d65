import { useFeatureTranslation } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { strings } from '@/components/forms/strings';

interface ProblemViewProps {
  /** The failure: an `ApiError` (RFC 9457 problem) or anything thrown (a network failure). */
  error: unknown;
  /** For a 412 (the resource changed since it was read): reload the current version. */
  onReload?: () => void;
}

function headline(t: ReturnType<typeof useFeatureTranslation<'forms'>>['t'], error: ApiError) {
  switch (error.status) {
    case 400:
      return t('problem.badRequest');
    case 401:
      return t('problem.unauthorized');
    case 403:
      return t('problem.forbidden');
    case 404:
      return t('problem.notFound');
    case 409:
      return t('problem.conflict');
    case 412:
      return t('problem.stale');
    case 429:
      return t('problem.tooManyRequests');
    default:
      return t('problem.server', { status: error.status });
  }
}

/**
 * Any problem+json the API answers, shown the same way by every form: what it means for the
 * reader (by status), the server's title and detail, the refused fields, the delay a 429 asks
 * for, and for a 412 a way to reload. Announced to screen readers (`role="alert"`).
 */
export function ProblemView({ error, onReload }: ProblemViewProps) {
  const { t } = useFeatureTranslation('forms', strings);
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div className="form-status form-status--error problem" role="alert">
        <p>{t('problem.network')}</p>
      </div>
    );
  }
  const problem = error.problem;
  const fields = problem?.errors ?? [];
  return (
    <div className="form-status form-status--error problem" role="alert">
      <p className="problem__headline">{headline(t, error)}</p>
      {(problem?.title ?? problem?.detail) && (
        <p className="problem__server">
          {problem.title && <strong>{problem.title}</strong>}
          {problem.title && problem.detail && ' — '}
          {problem.detail}
        </p>
      )}
      {fields.length > 0 && (
        <>
          <p className="problem__fields-title">{t('problem.fields')}</p>
          <ul className="problem__fields">
            {fields.map((item, index) => (
              <li key={`${item.field ?? ''}-${index}`}>
                <code>{item.field}</code> : {item.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {error.retryAfterSeconds !== undefined && (
        <p className="problem__retry">
          {t('problem.retryAfter', { count: Math.ceil(error.retryAfterSeconds) })}
        </p>
      )}
      {error.status === 412 && onReload && (
        <button type="button" className="button" onClick={onReload}>
          {t('problem.reload')}
        </button>
      )}
    </div>
  );
}
