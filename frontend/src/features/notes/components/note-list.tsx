import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';
import { formatDate } from '@/lib/format';
import { SampleBadge } from '@/components/ui/sample-badge';

export function NoteList({
  notes,
  headingLevel = 3,
}: {
  notes: readonly Schemas['NoteSummary'][];
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const langOf = useContentLang();
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {notes.map((note) => (
        <li key={note.slug}>
          <article className="card">
            <Heading className="card__title">
              <Link to={`/notes/${note.slug ?? ''}`} {...langOf(note.languages, 'title')}>
                {note.title}
              </Link>
            </Heading>
            <p className="card__meta">
              {note.publishedAt && (
                <span>
                  {t('notes.publishedOn', { date: formatDate(note.publishedAt, i18n.language) })}
                </span>
              )}
              {note.authors && note.authors.length > 0 && (
                <span>
                  {t('notes.by', {
                    authors: note.authors.map((author) => author.fullName).join(', '),
                  })}
                </span>
              )}
              <SampleBadge sample={note.sample} />
            </p>
            {note.excerpt && <p {...langOf(note.languages, 'excerpt')}>{note.excerpt}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}
