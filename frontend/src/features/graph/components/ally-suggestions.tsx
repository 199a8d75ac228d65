import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemView } from '@/components/forms/problem-view';
import { QueryState } from '@/components/ui/query-state';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { invalidateAfterWrite } from '@/lib/query-keys';
import { strings } from '@/features/graph/ally-strings';

function useAllySuggestions(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'allies'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/allies', { params: { path: { slug } }, signal }),
      ),
  });
}

/** Invites an actor to join the coalition as an ally: its people accept or refuse. */
function useInviteAlly(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['InvitationInput']) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/invitations', {
          params: { path: { slug } },
          body: input,
        }),
      ),
    onSuccess: () => {
      void invalidateAfterWrite(queryClient);
    },
  });
}

/**
 * "Invite" next to a suggested ally (disabled while sending; the API's refusal by `ProblemView`),
 * or that it is invited, its answer awaited.
 */
function InviteAlly({
  slug,
  ally,
  onInvited,
}: {
  slug: string;
  ally: Schemas['SuggestedAlly'];
  onInvited: (message: string) => void;
}) {
  const { t } = useFeatureTranslation('allies', strings);
  const invite = useInviteAlly(slug);
  const name = ally.actor?.name ?? ally.actor?.slug ?? '';
  if (ally.invited) {
    return <span className="status status--invited">{t('invited')}</span>;
  }
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={invite.isPending}
        onClick={() => {
          invite.mutate(
            { actor: ally.actor?.slug ?? '', role: 'ALLY' },
            {
              onSuccess: () => {
                onInvited(t('sent', { actor: name }));
              },
            },
          );
        }}
      >
        {t('invite', { actor: name })}
      </button>
      <ProblemView error={invite.error} />
    </>
  );
}

/**
 * Ally matching (issue 15) on a coalition's page, for those who coordinate it: per problem, the
 * actors that could join it, best first, each with its reasons in words, a link to its page, and
 * an invitation in one click (the actor's people accept or refuse it from their engagements).
 */
export default function AllySuggestions({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('allies', strings);
  const allies = useAllySuggestions(slug);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // The invited actor's button gives way to its status: the focus goes to the message.
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);
  return (
    <section aria-labelledby="allies-title">
      <h2 id="allies-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {message && <p className="form-status form-status--ok">{message}</p>}
      </div>
      <QueryState query={allies} isEmpty={(data) => (data.problems ?? []).length === 0}>
        {(data) =>
          (data.problems ?? []).map((problem) => (
            <section
              key={problem.problemId}
              aria-labelledby={`allies-${String(problem.problemId)}`}
            >
              <h3 id={`allies-${String(problem.problemId)}`}>{problem.title}</h3>
              {(problem.alliesSought ?? []).length > 0 && (
                <p className="meta">
                  {t('seeking', { kinds: (problem.alliesSought ?? []).join(', ') })}
                </p>
              )}
              {(problem.suggestions ?? []).length === 0 ? (
                <p>{t('none')}</p>
              ) : (
                <ol className="ally-suggestions">
                  {(problem.suggestions ?? []).map((ally) => (
                    <li key={ally.actor?.slug}>
                      <Link to={`/actors/${ally.actor?.slug ?? ''}`}>{ally.actor?.name}</Link>{' '}
                      <span className="meta">({t('score', { score: ally.score })})</span>{' '}
                      <InviteAlly slug={slug} ally={ally} onInvited={setMessage} />
                      <ul>
                        {(ally.reasons ?? []).map((reason, index) => (
                          <li key={index}>
                            {reason.kind && t(reason.kind, { detail: reason.detail ?? '' })}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))
        }
      </QueryState>
    </section>
  );
}
