import { Link } from 'react-router';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';

/** A person in the directory: their name (to their page), role, and the actor they act for. */
export function PersonCard({ person }: { person: Schemas['Person'] }) {
  const langOf = useContentLang();
  return (
    <article className="card">
      <h2 className="card__title">
        <Link to={`/people/${person.slug ?? ''}`}>{person.fullName}</Link>
      </h2>
      <p className="card__meta">
        {person.roleTitle && (
          <span {...langOf(person.languages, 'roleTitle')}>{person.roleTitle}</span>
        )}
        {person.actor && <Link to={`/actors/${person.actor.slug ?? ''}`}>{person.actor.name}</Link>}
        <SampleBadge sample={person.sample} />
      </p>
    </article>
  );
}
