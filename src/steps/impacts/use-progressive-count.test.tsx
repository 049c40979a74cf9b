import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from './use-progressive-count';

const nextFrame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

describe('rendering long lists in batches', () => {
  it('shows a first batch, then a batch per frame until all rows are shown', async () => {
    const { result } = renderHook(() => useProgressiveCount(20, 6));
    expect(result.current).toBe(6);
    await nextFrame();
    expect(result.current).toBe(12);
    await nextFrame();
    await nextFrame();
    expect(result.current).toBe(20);
  });

  it('shows rows added afterwards at once, so a new row can take focus', async () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 6), {
      initialProps: { total: 3 },
    });
    expect(result.current).toBe(3);
    rerender({ total: 4 });
    expect(result.current).toBe(4);
  });
});
