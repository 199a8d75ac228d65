import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the place they go to comes near the viewport (within
 * `rootMargin`), so that what sits below a page's main content (and its lazy chunk) loads only
 * when the reader gets there. Without IntersectionObserver it renders at once.
 */
export function WhenVisible({
  children,
  rootMargin = '600px',
}: {
  children: ReactNode;
  rootMargin?: string;
}) {
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = anchor.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [visible, rootMargin]);
  return <div ref={anchor}>{visible ? children : null}</div>;
}
