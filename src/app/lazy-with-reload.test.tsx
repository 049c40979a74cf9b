import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithReload } from './lazy-with-reload';

function Screen({ label }: { label: string }) {
  return <h2>{label}</h2>;
}

class Catch extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('a screen loaded on demand', () => {
  it('shows its fallback while loading, then the screen', async () => {
    let resolve: (m: { default: typeof Screen }) => void = () => undefined;
    const Lazy = lazyWithReload(() => new Promise<{ default: typeof Screen }>((r) => (resolve = r)));
    render(<Lazy fallback={<p role="status">Chargement…</p>} label="Étape 1" />);
    expect(screen.getByRole('status')).toHaveTextContent('Chargement…');
    resolve({ default: Screen });
    expect(await screen.findByRole('heading', { name: 'Étape 1' })).toBeInTheDocument();
  });

  it('once preloaded, renders the screen in the first render, never the fallback', async () => {
    const Lazy = lazyWithReload(async () => ({ default: Screen }));
    await Lazy.preload();
    render(<Lazy fallback={<p role="status">Chargement…</p>} label="Étape 1" />);
    // Synchronously: no waiting, no fallback (a suspended lazy would show it first).
    expect(screen.getByRole('heading', { name: 'Étape 1' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('downloads once however many times it is asked', async () => {
    let calls = 0;
    const Lazy = lazyWithReload(async () => {
      calls += 1;
      return { default: Screen };
    });
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    render(<Lazy label="Étape 1" />);
    expect(calls).toBe(1);
  });

  it('hands an error that is not a missing chunk to the error boundary', async () => {
    const Lazy = lazyWithReload<{ label: string }>(() => Promise.reject(new Error('broken module')));
    render(
      <Catch>
        <Lazy label="Étape 1" />
      </Catch>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('broken module');
  });
});
