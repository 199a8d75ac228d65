import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';
import { SampleBadge } from '@/components/ui/sample-badge';

/** The canvas: intention, vision, experiences, problems with allies sought and actors joined. */
export function CoalitionCanvas({ coalition }: { coalition: Schemas['Coalition'] }) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  const experiences = coalition.experiences ?? [];
  const problems = coalition.problems ?? [];
  return (
    <section className="canvas" aria-labelledby="canvas-title">
      <h2 id="canvas-title">{t('coalition.canvas')}</h2>
      <div className="canvas__grid">
        <section className="canvas__cell" aria-labelledby="intention-title">
          <h3 id="intention-title">{t('coalition.intention')}</h3>
          <p {...(coalition.intention ? langOf(coalition.languages, 'intention') : {})}>
            {coalition.intention ?? '—'}
          </p>
        </section>
        <section className="canvas__cell" aria-labelledby="vision-title">
          <h3 id="vision-title">{t('coalition.vision')}</h3>
          <p {...(coalition.vision ? langOf(coalition.languages, 'vision') : {})}>
            {coalition.vision ?? '—'}
          </p>
        </section>
        <section className="canvas__cell" aria-labelledby="experiences-title">
          <h3 id="experiences-title">{t('coalition.experiences')}</h3>
          {experiences.length === 0 ? (
            <p className="state state--empty">{t('coalition.noExperiences')}</p>
          ) : (
            <ul>
              {experiences.map((experience) => (
                <li key={experience.id ?? experience.title}>
                  <span {...langOf(experience.languages, 'title')}>
                    {experience.url ? (
                      <a href={experience.url}>{experience.title}</a>
                    ) : (
                      experience.title
                    )}
                  </span>
                  {experience.description && (
                    <p className="muted" {...langOf(experience.languages, 'description')}>
                      {experience.description}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="problems-title">
        <h3 id="problems-title">{t('coalition.problems')}</h3>
        {problems.length === 0 ? (
          <p className="state state--empty">{t('coalition.noProblems')}</p>
        ) : (
          <ol className="problems">
            {problems.map((problem) => (
              <li key={problem.id ?? problem.title} className="problem">
                <h4 {...langOf(problem.languages, 'title')}>{problem.title}</h4>
                {problem.description && (
                  <p {...langOf(problem.languages, 'description')}>{problem.description}</p>
                )}
                {(problem.solutions ?? []).length > 0 && (
                  <ul className="problem__solutions">
                    {(problem.solutions ?? []).map((solution, index) => (
                      <li key={`${solution.title ?? ''}-${String(index)}`}>
                        {solution.kind && (
                          <strong>
                            {t('common.labelValue', {
                              label: t(`solutionKind.${solution.kind}`),
                              value: '',
                            })}
                          </strong>
                        )}
                        <span {...langOf(coalition.languages, 'original')}>{solution.title}</span>{' '}
                        <SampleBadge sample={solution.sample} />
                      </li>
                    ))}
                  </ul>
                )}
                <div className="problem__allies">
                  <div>
                    <h5>{t('coalition.alliesSought')}</h5>
                    {(problem.allyKinds ?? []).length === 0 ? (
                      <p className="muted">{t('common.none')}</p>
                    ) : (
                      <ul className="tags">
                        {(problem.allyKinds ?? []).map((kind) => (
                          <li
                            key={kind}
                            className="tag"
                            {...langOf(coalition.languages, 'original')}
                          >
                            {kind}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div>
                    <h5>{t('coalition.actorsJoined')}</h5>
                    {(problem.actors ?? []).length === 0 ? (
                      <p className="muted">{t('coalition.noneYet')}</p>
                    ) : (
                      <ul className="tags">
                        {(problem.actors ?? []).map((actor) => (
                          <li key={actor.slug}>
                            <Link className="tag" to={`/actors/${actor.slug ?? ''}`}>
                              {actor.name}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
