import { useEffect } from 'react';

const SITE = 'Fabrique';

/** Sets the document title as "<page> · Fabrique"; nothing while the page title is unknown. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · ${SITE}`;
  }, [title]);
}
