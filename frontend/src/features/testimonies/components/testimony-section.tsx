import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useTestimonies } from '@/features/testimonies/api/testimonies';
import { TestimonyList } from '@/features/testimonies/components/testimony-list';
import { strings } from '@/features/testimonies/strings';

/**
 * The testimonies given at an event or for an actor, where people look for them; editors,
 * administrators and coordinators (who may record testimonies) get links to add and to edit.
 */
export function TestimonySection(filter: { event?: string; actor?: string }) {
  const { t } = useTranslation();
  const { t: tt } = useFeatureTranslation('testimonies', strings);
  const auth = useAuth();
  const records = [Roles.admin, Roles.editor, Roles.coordinator].some((role) => auth.hasRole(role));
  const testimonies = useTestimonies(filter);
  const id = `testimonies-${filter.event ?? filter.actor ?? ''}`;
  const start = filter.event ? `event=${filter.event}` : `actor=${filter.actor ?? ''}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('coalition.testimonies')}</h2>
      {records && (
        <p className="page-actions">
          <Link className="button button--secondary" to={`/testimonies/new?${start}`}>
            {tt('addLink')}
          </Link>
        </p>
      )}
      <QueryState query={testimonies} empty={t('coalition.noTestimonies')}>
        {(page) => (
          <TestimonyList
            testimonies={page.items ?? []}
            editLabel={records ? tt('editLink') : undefined}
          />
        )}
      </QueryState>
    </section>
  );
}
