import type { Settings } from './schema';

/** The key a page's site is stored under: its host without "www.", lower case; "file" for local files. */
export function siteOf(url: URL | Location): string | null {
  if (url.protocol === 'file:') return 'file';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return host === '' ? null : host;
}

/** Whether Tre marks mentions on this site now: the global switch and the site's own. */
export function isHighlightingOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

/** The settings with the site switched on or off. */
export function withSite(settings: Settings, site: string, on: boolean): Pick<Settings, 'disabledSites'> {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { disabledSites: on ? others : [...others, site] };
}
