import { Link, useSearchParams } from 'react-router';
import { apiPage } from '@/components/ui/pagination';
import { useFeatureTranslation } from '@/lib/i18n';
import { isQueue, queues } from '@/features/moderation/api/moderation';
import { CommentQueue } from '@/features/moderation/components/comment-queue';
import { SuggestionQueue } from '@/features/moderation/components/suggestion-queue';
import { strings } from '@/features/moderation/strings';
import '@/features/moderation/moderation.css';

export type ModeratedType = 'comments' | 'suggestions';

/**
 * The moderation screen: comments or suggestions (`/moderation/comments`,
 * `/moderation/suggestions`), each with its queues (`?queue=pending|spam|reported`) as tabs.
 */
export function ModerationScreen({ type }: { type: ModeratedType }) {
  const { t } = useFeatureTranslation('moderation', strings);
  const [params] = useSearchParams();
  const requested = params.get('queue');
  const queue = isQueue(requested) ? requested : 'pending';
  const page = apiPage(params);
  return (
    <>
      <nav className="tabs" aria-label={t('types')}>
        <ul>
          {(['comments', 'suggestions'] as const).map((item) => (
            <li key={item}>
              <Link to={`/moderation/${item}`} aria-current={item === type ? 'page' : undefined}>
                {t(item)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav className="tabs tabs--secondary" aria-label={t('queues')}>
        <ul>
          {queues.map((item) => (
            <li key={item}>
              <Link
                to={
                  item === 'pending' ? `/moderation/${type}` : `/moderation/${type}?queue=${item}`
                }
                aria-current={item === queue ? 'page' : undefined}
              >
                {t(`queue.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="moderation-queue-title">
        <h2 id="moderation-queue-title">
          {t(type)} — {t(`queue.${queue}`)}
        </h2>
        {type === 'comments' ? (
          <CommentQueue key={`${queue}-${page}`} queue={queue} page={page} />
        ) : (
          <SuggestionQueue key={`${queue}-${page}`} queue={queue} page={page} />
        )}
      </section>
    </>
  );
}
