import { useEffect } from 'react';

const SELECTOR = 'link[rel="alternate"][type="application/rss+xml"]';

/**
 * Keeps one `<link rel="alternate" type="application/rss+xml">` in the head
 * pointing at the feed of what is on screen. The API already writes one into
 * the served HTML for the first page; this takes it over as the search changes.
 */
export function useFeedLink(href: string | null, title: string): void {
  useEffect(() => {
    if (!href) return;
    let link = document.head.querySelector<HTMLLinkElement>(SELECTOR);
    if (!link) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/rss+xml';
      document.head.append(link);
    }
    link.href = href;
    link.title = title;
  }, [href, title]);
  // Pages without a feed leave none behind.
  useEffect(() => () => document.head.querySelectorAll(SELECTOR).forEach((link) => link.remove()), []);
}
