import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Calls `start` once the page has loaded and the browser is idle (or after `timeout` ms). */
function afterLoadAndIdle(start: () => void, timeout: number): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const whenIdle = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') {
      idle = window.requestIdleCallback(start, { timeout });
    } else {
      idle = window.setTimeout(start, 1);
    }
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', whenIdle);
    if (idle !== undefined) {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    }
  };
}

/**
 * Renders its children once their place comes near the viewport (within `rootMargin`), so that
 * secondary parts at the end of a page (and their lazy chunks and requests) wait until the reader
 * gets there instead of competing with the main content. It starts watching only once the page
 * has loaded and the browser is idle: while the page's own sections are still loading the page is
 * short, and everything at its end would otherwise count as "near". Without IntersectionObserver
 * (old browsers, tests) they render at once.
 */
export function WhenVisible({
  children,
  rootMargin = '600px',
}: {
  children: ReactNode;
  rootMargin?: string;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible) return;
    let observer: IntersectionObserver | undefined;
    const cancel = afterLoadAndIdle(() => {
      if (!anchor.current) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
        },
        { rootMargin },
      );
      observer.observe(anchor.current);
    }, 3000);
    return () => {
      cancel();
      observer?.disconnect();
    };
  }, [visible, rootMargin]);
  return visible ? <>{children}</> : <div ref={anchor} />;
}
