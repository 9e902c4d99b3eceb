import { useEffect } from 'react';

/** Sets the tab title; screen readers announce it after each navigation. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · Nextstep`;
  }, [title]);
}
