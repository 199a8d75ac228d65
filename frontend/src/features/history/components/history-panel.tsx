import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth';
import type { HistoryPath } from '@/features/history/api/history';

// Loaded when the panel is opened: the pages that show the panel do not carry its code.
const HistoryPages = lazy(() => import('@/features/history/components/history-pages'));

/**
 * "Historique / History": a disclosure under a resource's page, for signed-in readers; the history
 * loads when it is opened (the API answers 403 to those who may not edit the resource, which the
 * panel says).
 */
export function HistoryPanel({ path, slug }: { path: HistoryPath; slug: string | undefined }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  if (!slug || auth.status !== 'authenticated') return null;
  return (
    <section className="history" aria-labelledby={titleId}>
      <details
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          <h2 id={titleId} className="history__title">
            {t('common.history')}
          </h2>
        </summary>
        {open && (
          <Suspense fallback={<p role="status">…</p>}>
            <HistoryPages path={path} slug={slug} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
