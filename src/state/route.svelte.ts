// Where the page is: every view and every lesson has its own address (a hash route, so any static
// host serves it from any sub-folder without rewrites) and the back button works.

export type Route =
  | { view: 'lab' }
  | { view: 'learn' }
  | { view: 'lesson'; lessonId: string }
  | { view: 'glossary'; termId: string | null }
  | { view: 'quiz' }
  | { view: 'compare' }
  | { view: 'agreement' };

const SEGMENT = /^[a-z0-9-]{1,64}$/;

/** Reads a hash such as `#/learn/04-mql`; anything unknown is the simulator. */
export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const valid = id !== undefined && SEGMENT.test(id) ? id : null;
  if (view === 'learn') return valid ? { view: 'lesson', lessonId: valid } : { view: 'learn' };
  if (view === 'glossary') return { view: 'glossary', termId: valid };
  if (view === 'quiz') return { view: 'quiz' };
  if (view === 'compare') return { view: 'compare' };
  if (view === 'agreement') return { view: 'agreement' };
  return { view: 'lab' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'lab':
      return '#/';
    case 'learn':
      return '#/learn';
    case 'lesson':
      return `#/learn/${route.lessonId}`;
    case 'glossary':
      return route.termId ? `#/glossary/${route.termId}` : '#/glossary';
    case 'quiz':
      return '#/quiz';
    case 'compare':
      return '#/compare';
    case 'agreement':
      return '#/agreement';
  }
}

/** The current route, following the address bar (links, back and forward). */
export class Router {
  current = $state<Route>({ view: 'lab' });

  constructor() {
    if (typeof window === 'undefined') return;
    const follow = () => (this.current = parseRoute(window.location.hash));
    follow();
    window.addEventListener('hashchange', follow);
    // Once the settings rewrite the query with replaceState, Back between entries that differ in their
    // hash arrives as popstate alone (Chromium sends no hashchange then).
    window.addEventListener('popstate', follow);
  }

  go(route: Route): void {
    window.location.hash = hrefOf(route).slice(1);
  }
}
