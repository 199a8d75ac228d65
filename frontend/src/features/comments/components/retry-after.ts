import type { TFunction } from 'i18next';
import { dateTimeFormat } from '@/lib/format';

/** "2 minutes (around 12:34)" for a Retry-After in seconds, in the reader's language. */
export function waitText(
  t: TFunction<'comments'>,
  seconds: number,
  language: string,
  now: Date = new Date(),
): { wait: string; time: string } {
  const wait =
    seconds < 90
      ? t('wait.seconds', { count: Math.max(1, Math.round(seconds)) })
      : t('wait.minutes', { count: Math.ceil(seconds / 60) });
  const time = dateTimeFormat(language, { timeStyle: 'short' }).format(
    new Date(now.getTime() + seconds * 1000),
  );
  return { wait, time };
}
