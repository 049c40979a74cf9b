/**
 * Loads, before a test draws the App, the modules the App loads on demand (its lazy
 * screens, the project's rules warmed up while the page is idle): imported during the test,
 * they then resolve from the module cache at once, instead of one still loading when the
 * test file's environment closes — which Vitest reports as an unhandled error, failing a run
 * whose tests all passed (seen once on a busy machine in the home list's focus tests).
 */
export async function preloadAppChunks(): Promise<void> {
  await Promise.all([
    import('../app/project-session'),
    import('../app/project-list'),
    import('../app/home-notices'),
    import('../app/insecure-notice'),
    import('../app/example-reader'),
    import('../about/about-sources'),
    import('../domain/warm-up'),
    import('../persistence/tab-guard'),
    import('../domain/edits'),
    import('../domain/new-project'),
    import('../persistence/project-file'),
  ]);
}
