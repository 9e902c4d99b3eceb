import type Handlebars from 'handlebars';
import { formatInstant, type DateStyle } from './date-format';

type HandlebarsEnvironment = typeof Handlebars;

function dateHelper(style: DateStyle) {
  return (value: unknown, timeZone: unknown): string => {
    // A forgotten argument must fail the render, not print "undefined".
    if (!(value instanceof Date)) throw new TypeError(`${style} helper needs a Date (got ${typeof value})`);
    if (typeof timeZone !== 'string') throw new TypeError(`${style} helper needs a time zone name as second argument`);
    return formatInstant(value, timeZone, style);
  };
}

/**
 * Registered once per renderer. Usage: `{{dateTime interview.start candidate.timeZone}}`
 * → "Tuesday, December 1, 2026 at 2:00 PM CST"; also `date`, `time`, `shortDate`.
 */
export function registerHelpers(env: HandlebarsEnvironment): void {
  env.registerHelper('dateTime', dateHelper('dateTime'));
  env.registerHelper('date', dateHelper('date'));
  env.registerHelper('time', dateHelper('time'));
  env.registerHelper('shortDate', dateHelper('shortDate'));
}
