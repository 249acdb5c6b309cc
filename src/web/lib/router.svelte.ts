/**
 * A small history-API router: the app has a handful of pages, so a table of patterns is clearer
 * than a framework (see docs/decisions/0004-svelte-spa-with-a-small-router.md). The server answers
 * every non-API path with index.html, so a reload lands on the same page.
 */
export type Route =
  | { name: 'today' }
  | { name: 'interviews' }
  | { name: 'interview-view'; id: string }
  | { name: 'interview-rehearse'; id: string }
  | { name: 'interview-prepare'; id: string }
  | { name: 'interview-report'; id: string }
  | { name: 'interview-live'; id: string }
  | { name: 'templates' }
  | { name: 'contacts' }
  | { name: 'contact-new' }
  | { name: 'contact-import' }
  | { name: 'contact-view'; id: string }
  | { name: 'contact-edit'; id: string }
  | { name: 'organisations' }
  | { name: 'organisation-new' }
  | { name: 'organisation-view'; id: string }
  | { name: 'organisation-edit'; id: string }
  | { name: 'targets' }
  | { name: 'questions' }
  | { name: 'settings' }
  | { name: 'tasks' }
  | { name: 'insights' }
  | { name: 'not-found' };

const location = $state({ path: window.location.pathname, search: window.location.search });

export function currentRoute(): Route {
  return matchRoute(location.path);
}

export function currentQuery(): URLSearchParams {
  // A fresh, read-only snapshot: reactivity comes from `location`, not from this object.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  return new URLSearchParams(location.search);
}

export function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  // Today is the home page: what needs doing comes first.
  if (parts.length === 0 || (parts[0] === 'today' && parts.length === 1)) return { name: 'today' };
  if (parts[0] === 'interviews' && parts.length === 1) return { name: 'interviews' };
  if (parts[0] === 'interviews' && parts.length === 2 && parts[1]) return { name: 'interview-view', id: parts[1] };
  if (parts[0] === 'interviews' && parts.length === 3 && parts[1] && parts[2] === 'rehearse')
    return { name: 'interview-rehearse', id: parts[1] };
  if (parts[0] === 'interviews' && parts.length === 3 && parts[1] && parts[2] === 'prepare')
    return { name: 'interview-prepare', id: parts[1] };
  if (parts[0] === 'interviews' && parts.length === 3 && parts[1] && parts[2] === 'report')
    return { name: 'interview-report', id: parts[1] };
  if (parts[0] === 'interviews' && parts.length === 3 && parts[1] && parts[2] === 'live')
    return { name: 'interview-live', id: parts[1] };
  if (parts[0] === 'templates' && parts.length === 1) return { name: 'templates' };
  if (parts[0] === 'contacts' && parts.length === 1) return { name: 'contacts' };
  if (parts[0] === 'contacts' && parts[1] === 'new' && parts.length === 2) return { name: 'contact-new' };
  if (parts[0] === 'contacts' && parts[1] === 'import' && parts.length === 2) return { name: 'contact-import' };
  if (parts[0] === 'contacts' && parts.length === 2 && parts[1]) return { name: 'contact-view', id: parts[1] };
  if (parts[0] === 'contacts' && parts.length === 3 && parts[1] && parts[2] === 'edit')
    return { name: 'contact-edit', id: parts[1] };
  if (parts[0] === 'organisations') {
    if (parts.length === 1) return { name: 'organisations' };
    if (parts[1] === 'new' && parts.length === 2) return { name: 'organisation-new' };
    if (parts[1] && parts.length === 2) return { name: 'organisation-view', id: parts[1] };
    if (parts[1] && parts.length === 3 && parts[2] === 'edit') return { name: 'organisation-edit', id: parts[1] };
  }
  if (parts[0] === 'targets' && parts.length === 1) return { name: 'targets' };
  if (parts[0] === 'questions' && parts.length === 1) return { name: 'questions' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'tasks' && parts.length === 1) return { name: 'tasks' };
  if (parts[0] === 'insights' && parts.length === 1) return { name: 'insights' };
  return { name: 'not-found' };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never stored
  const url = new URL(to, window.location.origin);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  location.path = url.pathname;
  location.search = url.search;
  if (!options.replace) window.scrollTo(0, 0);
}

/** onclick for in-app links: plain clicks navigate without a reload, others behave normally. */
export function followLink(event: MouseEvent): void {
  const anchor = event.currentTarget as HTMLAnchorElement;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  if (anchor.origin !== window.location.origin || anchor.target) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

window.addEventListener('popstate', () => {
  location.path = window.location.pathname;
  location.search = window.location.search;
});
