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
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before the paint; the task after it, after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
