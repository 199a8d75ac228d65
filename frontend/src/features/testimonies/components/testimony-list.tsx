import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';

export function TestimonyList({ testimonies }: { testimonies: readonly Schemas['Testimony'][] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {testimonies.map((testimony) => (
        <li key={testimony.id}>
          <figure className="card testimony">
            <blockquote>
              <p>{testimony.summary}</p>
            </blockquote>
            <figcaption>
              <strong>{testimony.person?.fullName}</strong>
              {testimony.person?.roleTitle && <>, {testimony.person.roleTitle}</>}
              {testimony.actor && (
                <>
                  {' — '}
                  <Link to={`/actors/${testimony.actor.slug ?? ''}`}>{testimony.actor.name}</Link>
                </>
              )}
              {testimony.event && <> {t('testimony.at', { event: testimony.event.title })}</>}
              <SampleBadge sample={testimony.sample} />
              {testimony.link && (
                <>
                  {' · '}
                  <a href={testimony.link}>{t('testimony.link')}</a>
                </>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
