import { PUBLISHED_DEMO_PASSWORDS } from '@nextstep/db';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 10;
// Argon2 hashes whatever it gets and the estimator slows down with length; a cap keeps one request cheap.
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash scenarios". */
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordOwner {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
}

// Built once: loading the dictionaries takes a few hundred milliseconds.
let estimator: ZxcvbnFactory | null = null;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnEnglish.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: {
      ...zxcvbnCommon.dictionary,
      ...zxcvbnEnglish.dictionary,
      // Anything the README or the product's name makes easy to guess.
      nextstep: ['nextstep', 'nextstep.demo', ...PUBLISHED_DEMO_PASSWORDS],
    },
  });
  return estimator;
}

/** Loads the dictionaries ahead of the first sign-up. */
export function warmPasswordEstimator(): void {
  strength();
}

/**
 * What is wrong with a new password, in words, or null. The strength
 * estimate (zxcvbn, English dictionaries) sees the owner's name and address
 * too, so "Casey2026!" is weak for Casey. `field` names the body field.
 */
export function passwordProblem(password: string, owner: PasswordOwner, field = 'password'): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `${field} must be at least ${MIN_PASSWORD_LENGTH} characters long; a few unrelated words make one that is strong and easy to remember.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `${field} must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  if (PUBLISHED_DEMO_PASSWORDS.includes(password)) return `${field} is a demo password published in our documentation; choose your own.`;
  const lower = password.toLowerCase();
  const localPart = owner.email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return `${field} must not contain your e-mail address.`;
  const names = [owner.firstName, owner.lastName].map((name) => name?.trim().toLowerCase() ?? '').filter((name) => name.length >= 4);
  if (names.some((name) => lower.includes(name))) return `${field} must not contain your name.`;
  const result = strength().check(password, [owner.email, localPart, ...names]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? ` ${result.feedback.warning.replace(/\.?$/, '.')}` : '';
  const tip = result.feedback.suggestions[0] ? ` ${result.feedback.suggestions[0].replace(/\.?$/, '.')}` : '';
  return `${field} would be too easy to guess.${why}${tip} A few unrelated words make a strong password that is easy to remember.`;
}
