import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the component's first render, then true: for secondary
 * requests of a page (related lists below its main content), which would otherwise start in the
 * same frame as that content and compete with it (and with its paint) for the network and the
 * main thread.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => {
            // The frame callback runs before the paint; the task after it, after.
            timer = setTimeout(() => {
              setPainted(true);
            }, 0);
          })
        : undefined;
    if (frame === undefined) {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    }
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
