import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { parseProjectFile } from '../persistence/project-file';
import { STORAGE_KEYS } from '../persistence/storage';
import { ErrorBoundary } from './error-boundary';
import { rememberProject } from './last-project';

function Boom(): never {
  throw new Error('Kaboom: a bug in a step');
}

describe('ErrorBoundary', () => {
  let blobs: Blob[];
  beforeEach(() => {
    blobs = [];
    // React logs caught errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rememberProject(null);
  });

  it('replaces a crash by a message, the error and a download of the saved draft (never a blank page)', async () => {
    const project = completeProject();
    // The project on screen when it crashed.
    rememberProject(project);
    localStorage.setItem(STORAGE_KEYS.locale, 'fr');
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });

    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );

    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Un problème est survenu' })).toBeInTheDocument();
    expect(screen.getByText('Kaboom: a bug in a step')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recharger l’application' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Télécharger mon brouillon' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicks[0]).toMatch(/\.cocharte\.json$/);
    // The downloaded file is the saved draft, readable by the import.
    const parsed = parseProjectFile(await blobs[0]!.text());
    expect(parsed).toEqual({ ok: true, project });
  });

  it('speaks English when the user chose English', () => {
    localStorage.setItem(STORAGE_KEYS.locale, 'en');
    const project = completeProject();
    rememberProject(project);
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download my draft' })).toBeInTheDocument();
  });

  it('still shows the message, without a download, when nothing was saved', () => {
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Kaboom: a bug in a step')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /brouillon|draft/ })).toBeNull();
  });

  it('reloads once, after saving, instead of crashing when a chunk of an old version is gone', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    sessionStorage.clear();
    function Missing(): never {
      throw new TypeError('Failed to fetch dynamically imported module: http://x/assets/project-session-abc.js');
    }
    render(
      <ErrorBoundary>
        <Missing />
      </ErrorBoundary>,
    );
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    // A second failure within 30 s is a real one: no reload loop, the crash screen stays.
    render(
      <ErrorBoundary>
        <Missing />
      </ErrorBoundary>,
    );
    // Its verdict is given (logged as a crash) before the count is read.
    await vi.waitFor(() =>
      expect(console.error).toHaveBeenCalledWith('Cocharte crashed', expect.anything(), expect.anything()),
    );
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <ErrorBoundary>
        <p>All good</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All good')).toBeInTheDocument();
  });
});
