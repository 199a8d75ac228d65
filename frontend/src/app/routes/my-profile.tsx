import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useMyFollows, useProfile } from '@/features/people/api/people';
import { DeleteAccount } from '@/features/people/components/delete-account';
import { ProfileForm } from '@/features/people/components/profile-form';
import { strings } from '@/features/people/strings';

const PATHS = { coalition: 'coalitions', territory: 'territories', axis: 'axes', event: 'events' };

/** /me/profile: the signed-in person's profile and what they follow. */
export default function MyProfileRoute() {
  const { t } = useFeatureTranslation('people', strings);
  useDocumentTitle(t('profile.title'));
  const auth = useAuth();
  const profile = useProfile();
  const follows = useMyFollows();
  const [deleted, setDeleted] = useState<Schemas['ErasureResult'] | null>(null);
  if (deleted) {
    return (
      <article className="edit-page">
        <h1>{t('deletion.done')}</h1>
        <p role="status">
          {t('deletion.doneText', { comments: deleted.comments, suggestions: deleted.suggestions })}
        </p>
        <p>
          <Link to="/">{t('deletion.home')}</Link>
        </p>
      </article>
    );
  }
  if (auth.status !== 'authenticated') {
    return (
      <article className="edit-page">
        <h1>{t('profile.title')}</h1>
        <button type="button" className="button" onClick={() => void auth.login()}>
          {t('profile.title')}
        </button>
      </article>
    );
  }
  return (
    <article className="edit-page">
      <h1>{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      <QueryState query={profile}>{(data) => <ProfileForm profile={data} />}</QueryState>
      <section aria-labelledby="profile-follows">
        <h2 id="profile-follows">{t('profile.follows')}</h2>
        <QueryState query={follows} isEmpty={() => false}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('profile.followsNone')}</p>
            ) : (
              <ul>
                {items.map(({ type = 'coalition', slug = '', name }) => (
                  <li key={`${type}-${slug}`}>
                    {t(`profile.${type}`)} : <Link to={`/${PATHS[type]}/${slug}`}>{name}</Link>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <DeleteAccount onDeleted={setDeleted} />
    </article>
  );
}
