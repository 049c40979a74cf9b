import { useEffect, useRef, useState } from 'react';

/**
 * How many of `total` rows to render: a first batch at once, then one more batch per
 * frame. A project with 40 risks would otherwise mount some 500 fields in one task and
 * hold the step change for over 100 ms; in batches the step shows at once and fills in.
 * Once everything is shown, rows the user adds appear at once (so they can take focus).
 */
export function useProgressiveCount(total: number, batch = 6): number {
  const [count, setCount] = useState(() => Math.min(total, batch));
  const finished = useRef(count >= total);
  if (count >= total) finished.current = true;
  useEffect(() => {
    if (finished.current || count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => Math.min(total, c + batch)));
    return () => cancelAnimationFrame(frame);
  }, [count, total, batch]);
  return finished.current ? total : count;
}
