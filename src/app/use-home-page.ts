import { useCallback, useEffect, useState } from 'react';
import { type HomePage, homePageSearch, readHomePage } from './app-route';

interface HomePageState {
  /** The page open over the home screen, as the address says. */
  page: HomePage | null;
  open: (page: HomePage) => void;
  /** Back to the home screen: the browser's Back when this page pushed the entry. */
  close: () => void;
}

/**
 * The pages the home screen opens over itself (an example read as a charter, the
 * sources), kept in the address: a reload reopens the page, and Back and Forward move
 * between it and the home screen instead of leaving the app.
 */
export function useHomePage(): HomePageState {
  const [page, setPage] = useState(() => readHomePage(location.search));
  useEffect(() => {
    const follow = () => setPage(readHomePage(location.search));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const open = useCallback((next: HomePage) => {
    history.pushState({ cocharte: true, homePage: true }, '', `${location.pathname}${homePageSearch(next)}`);
    setPage(next);
  }, []);
  const close = useCallback(() => {
    if ((history.state as { homePage?: boolean } | null)?.homePage) history.back();
    else {
      history.replaceState({ cocharte: true }, '', location.pathname);
      setPage(null);
    }
  }, []);
  return { page, open, close };
}
