import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once their place comes near the viewport (within `margin`), so that
 * secondary parts at the end of a page (and their lazy chunks and requests) wait until the reader
 * gets there instead of competing with the main content. Without IntersectionObserver (old
 * browsers, tests) they render at once.
 */
export function WhenVisible({
  children,
  margin = '600px',
}: {
  children: ReactNode;
  margin?: string;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible || !anchor.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(anchor.current);
    return () => {
      observer.disconnect();
    };
  }, [visible, margin]);
  return visible ? <>{children}</> : <div ref={anchor} />;
}
