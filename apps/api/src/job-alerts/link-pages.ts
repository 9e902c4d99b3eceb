/*
 * The small HTML pages that job-alert e-mail links open. A GET only shows a
 * page with a button; the button's POST changes something. Mail scanners
 * follow links before people do, and must neither confirm a stranger's alert
 * nor stop someone's.
 */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `bodyHtml` is markup written by us; every value in it must go through escapeHtml. */
export function linkPage(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Nextstep</title></head><body style="font-family:Arial,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2933">${bodyHtml}</body></html>`;
}

/** One button that POSTs to `action` (RFC 8058's body, so the one-click handler accepts it too). */
export function postButton(action: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font-size:1rem;padding:.6rem 1.2rem">${escapeHtml(label)}</button></form>`;
}
