import { t } from './i18n.svelte.ts';

/** Keeps the tab's title in step with the page and the language: "Contacts · Rapport". */
export function usePageTitle(title: () => string): void {
  $effect(() => {
    document.title = `${title()} · ${t('app.name')}`;
  });
}
