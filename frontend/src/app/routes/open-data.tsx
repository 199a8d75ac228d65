import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useOpenData } from '@/features/open-data/api/open-data';
import { strings } from '@/features/open-data/strings';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';

const downloads = ['archive', 'events-calendar', 'notes-feed', 'coalitions-feed'] as const;
type DownloadName = (typeof downloads)[number];

function isDownloadName(name: string | undefined): name is DownloadName {
  return (downloads as readonly (string | undefined)[]).includes(name);
}

/** /open-data: the downloads (ZIP of CSV files, iCalendar and Atom feeds), the files and the licence. */
export default function OpenDataRoute() {
  const { t, i18n } = useFeatureTranslation('openData', strings);
  useDocumentTitle(t('title'));
  const catalogue = useOpenData();
  return (
    <article className="open-data">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('privacy')}</p>
      <QueryState query={catalogue}>
        {(data) => (
          <>
            <section aria-labelledby="open-data-downloads">
              <h2 id="open-data-downloads">{t('downloads')}</h2>
              <ul className="open-data__downloads">
                {(data.downloads ?? [])
                  .filter((d) => isDownloadName(d.name))
                  .map((d) => {
                    const name = d.name as DownloadName;
                    return (
                      <li key={name}>
                        <a href={d.url} type={d.mediaType}>
                          {t(`download.${name}`)}
                        </a>
                        <p>{t(`explain.${name}`)}</p>
                      </li>
                    );
                  })}
              </ul>
              <p>{t('generatedAt', { date: formatDateTime(data.generatedAt, i18n.language) })}</p>
            </section>
            <section aria-labelledby="open-data-licence">
              <h2 id="open-data-licence">{t('licence')}</h2>
              <p>
                <a href={data.licence?.url} rel="license">
                  {t('licenceText', {
                    name: data.licence?.name ?? '',
                    attribution: data.licence?.attribution ?? '',
                  })}
                </a>
              </p>
            </section>
            <section aria-labelledby="open-data-files">
              <h2 id="open-data-files">{t('files')}</h2>
              <dl className="open-data__files">
                {(data.files ?? []).map((file) => (
                  <div key={file.file}>
                    <dt>
                      <code>{file.file}</code> — {t('rows', { count: file.rows ?? 0 })}
                    </dt>
                    <dd>
                      {file.description}
                      <details>
                        <summary>{t('columns')}</summary>
                        <ul>
                          {(file.columns ?? []).map((c) => (
                            <li key={c.name}>
                              <code>{c.name}</code> ({c.type}) — {c.description}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          </>
        )}
      </QueryState>
    </article>
  );
}
