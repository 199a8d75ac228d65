import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useFeatureTranslation } from '@/lib/i18n';
import type { SuggestionTarget } from '@/features/suggestions/api/suggestions';
import { launcherStrings } from '@/features/suggestions/launcher-strings';

const loadForm = () => import('@/features/suggestions/components/suggestion-form');
const SuggestionForm = lazy(loadForm);

/**
 * A button that opens the suggestion form below it (a disclosure). The form, its strings and its
 * rules are a chunk of their own, loaded on the first click (or when the pointer or the focus
 * reaches the button), so that the pages showing the button do not carry them.
 */
export function SuggestLauncher({ target, name }: { target: SuggestionTarget; name: string }) {
  const { t } = useFeatureTranslation('suggestionsLauncher', launcherStrings);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const preload = () => {
    void loadForm();
  };
  return (
    <div className="suggest">
      <button
        ref={button}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('open')} <span className="visually-hidden">{t('openFor', { name })}</span>
      </button>
      {open && (
        <div id={panelId}>
          <Suspense
            fallback={
              <p className="state state--loading" role="status">
                {t('loading')}
              </p>
            }
          >
            <SuggestionForm
              target={target}
              name={name}
              onClose={() => {
                setOpen(false);
                button.current?.focus();
              }}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
