import type { Schemas } from '@nextstep/api-client';

const usd = (amount: number, cents: boolean) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);

/** "$18.50–$22.00 an hour" or "$52,000–$60,000 a year". */
export function formatPay(pay: Schemas['PayDto']): string {
  const cents = pay.period === 'hour';
  const range = pay.min === pay.max ? usd(pay.min, cents) : `${usd(pay.min, cents)}–${usd(pay.max, cents)}`;
  return `${range} ${pay.period === 'hour' ? 'an hour' : 'a year'}`;
}

export function formatUsd(amount: number): string {
  return usd(amount, false);
}

const KM_PER_MILE = 1.609344;

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** "3.2 miles (5.1 km)": US candidates think in miles, the API counts kilometres. */
export function formatDistance(km: number): string {
  const miles = kmToMiles(km);
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} miles (${km < 10 ? km.toFixed(1) : Math.round(km)} km)`;
}

const DAY = 86_400_000;

/** "today", "yesterday", "5 days ago", or the date for anything older than a month. */
export function formatPostedAt(iso: string, now: Date = new Date()): string {
  const posted = new Date(iso);
  const days = Math.floor((startOfDay(now) - startOfDay(posted)) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 31) return `${days} days ago`;
  return formatDate(iso);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : {}),
  }).format(new Date(iso));
}

/** A tel: link target from a printed number: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
