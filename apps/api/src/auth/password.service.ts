import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { hashPassword, verifyPassword } from '@nextstep/platform';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../common/errors/api-error';
import { COMMON_PASSWORDS } from './common-passwords';
import { ErrorCode } from '@nextstep/contracts';

export const MIN_PASSWORD_LENGTH = 10;
// Argon2 hashes whatever it gets; a cap keeps one request from costing seconds.
export const MAX_PASSWORD_LENGTH = 128;

@Injectable()
export class PasswordService implements OnModuleInit {
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    // Verified against when the e-mail is unknown, so both failures cost the same time.
    this.dummyHash = await this.hash(randomBytes(32).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** Always runs one Argon2 verification, whether or not there is a hash to check. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    const ok = await verifyPassword(hash ?? this.dummyHash, password);
    return ok && hash != null;
  }

  /** Says exactly what is wrong with a new password, or returns quietly. */
  assertAcceptable(password: string, personal: { email: string; firstName?: string; lastName?: string }): void {
    const problem = passwordProblem(password, personal);
    if (problem) throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.WEAK_PASSWORD, problem, { fields: { password: problem } });
  }
}

export function passwordProblem(password: string, personal: { email: string; firstName?: string; lastName?: string }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `password must be at least ${MIN_PASSWORD_LENGTH} characters long; a short phrase of a few words is easy to remember.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'password is one of the most common passwords and would be guessed quickly; choose another.';
  if (new Set(lower).size <= 2) return 'password repeats the same characters; choose something less predictable.';
  const localPart = personal.email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return 'password must not contain your e-mail address.';
  return null;
}
