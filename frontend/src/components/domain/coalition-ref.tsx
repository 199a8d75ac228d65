import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';

/**
 * A coalition as other records name it: its number and its title, the title marked with its
 * language when it differs from the page's (the API says which: a translation or the original).
 */
export function CoalitionRefLabel({
  coalition,
}: {
  coalition: Schemas['CoalitionRef'] | undefined;
}) {
  const langOf = useContentLang();
  if (!coalition) {
    return null;
  }
  return (
    <>
      #{coalition.number} <span {...langOf(coalition.languages, 'title')}>{coalition.title}</span>
    </>
  );
}

/** The title of an event another record names, marked with its language. */
export function EventRefTitle({ event }: { event: Schemas['EventRef'] }) {
  const langOf = useContentLang();
  return <span {...langOf(event.languages, 'title')}>{event.title}</span>;
}
