import { useState } from 'react';
import { ApiError, type Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useHistory, type HistoryPath } from '@/features/history/api/history';
import { strings } from '@/features/history/strings';

function Author({ author }: { author: Schemas['HistoryAuthor'] | undefined }) {
  const { t } = useFeatureTranslation('history', strings);
  if (author?.kind === 'ACCOUNT' && author.name) return <>{t('by', { name: author.name })}</>;
  if (author?.kind === 'DELETED') return <>{t('deleted')}</>;
  return <>{t('system')}</>;
}

function Entry({ entry }: { entry: Schemas['HistoryEntry'] }) {
  const { t, i18n } = useFeatureTranslation('history', strings);
  const changes = entry.changes ?? [];
  return (
    <li className="history__entry">
      <p className="history__meta">
        <strong>{entry.kind && t(entry.kind)}</strong>{' '}
        <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt, i18n.language)}</time>{' '}
        <Author author={entry.author} />
      </p>
      {changes.length === 0 ? (
        <p className="muted">{t('noField')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table history__changes">
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">
                    <code>{change.field}</code>
                  </th>
                  <td>{change.before ?? <span className="muted">{t('none')}</span>}</td>
                  <td>{change.after ?? <span className="muted">{t('none')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

export default function HistoryPages({ path, slug }: { path: HistoryPath; slug: string }) {
  const { t } = useFeatureTranslation('history', strings);
  const [page, setPage] = useState(0);
  const history = useHistory(path, slug, page, true);
  if (history.isPending) return <p role="status">…</p>;
  if (history.isError) {
    const status = history.error instanceof ApiError ? history.error.status : 0;
    return <p role="alert">{status === 403 ? t('forbidden') : t('failed', { status })}</p>;
  }
  const items = history.data.items ?? [];
  const pages = history.data.totalPages ?? 1;
  if (items.length === 0) return <p>{t('empty')}</p>;
  return (
    <>
      <p className="muted">{t('intro')}</p>
      <ol className="history__list">
        {items.map((entry) => (
          <Entry key={entry.revision} entry={entry} />
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pagination" aria-label={t('title')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {t('previous')}
          </button>
          <span>{t('page', { page: page + 1, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page + 1 >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('next')}
          </button>
        </nav>
      )}
    </>
  );
}
