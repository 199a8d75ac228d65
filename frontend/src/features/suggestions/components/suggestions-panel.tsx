import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  useAcceptedSuggestions,
  type SuggestionTarget,
} from '@/features/suggestions/api/suggestions';
import { SuggestLauncher } from '@/features/suggestions/components/suggest-launcher';
import { strings } from '@/features/suggestions/strings';

function SuggestedList({ title, items }: { title: string; items: Schemas['Suggestion'][] }) {
  return (
    <div className="suggested">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.actor?.slug ? (
              <Link to={`/actors/${item.actor.slug}`}>{item.title}</Link>
            ) : item.website ? (
              <a href={item.website} rel="nofollow ugc noopener">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The accepted suggestions of an axis or a coalition (missing subjects, potential allies) and
 * the button to suggest more. Shown at the end of their pages and loaded with its own chunk;
 * when the list cannot be read, the page simply goes without it.
 */
export default function SuggestionsPanel({
  target,
  name,
}: {
  target: SuggestionTarget;
  name: string;
}) {
  const { t } = useFeatureTranslation('suggestions', strings);
  const { t: tApp } = useTranslation();
  const accepted = useAcceptedSuggestions(target);
  const items = accepted.data?.items ?? [];
  const subjects = items.filter((item) => item.kind === 'MISSING_SUBJECT');
  const allies = items.filter((item) => item.kind === 'POTENTIAL_ALLY');
  const headingId = `suggestions-${target.kind}-${target.slug}`;
  return (
    <section className="suggestions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('acceptedTitle')}</h2>
      {accepted.isSuccess && items.length === 0 && (
        <p className="state state--empty">{t('acceptedEmpty')}</p>
      )}
      {subjects.length > 0 && (
        <SuggestedList title={tApp('panorama.missingSubjects')} items={subjects} />
      )}
      {allies.length > 0 && (
        <SuggestedList title={tApp('panorama.potentialAllies')} items={allies} />
      )}
      <SuggestLauncher target={target} name={name} />
    </section>
  );
}
