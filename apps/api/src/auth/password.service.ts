import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { hashPassword, verifyPassword } from '@nextstep/platform';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../common/errors/api-error';
import { passwordProblem, warmPasswordEstimator, type PasswordOwner } from './password-strength';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-strength';

@Injectable()
export class PasswordService implements OnModuleInit {
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    warmPasswordEstimator();
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
  assertAcceptable(password: string, owner: PasswordOwner, field = 'password'): void {
    const problem = passwordProblem(password, owner, field);
    if (problem) throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.WEAK_PASSWORD, problem, { fields: { [field]: problem } });
  }

  /** A replacement must also differ from the password it replaces. */
  async assertAcceptableChange(password: string, owner: PasswordOwner, currentHash: string, field = 'password'): Promise<void> {
    this.assertAcceptable(password, owner, field);
    if (await verifyPassword(currentHash, password)) {
      const message = `${field} is your current password; choose a new one.`;
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.PASSWORD_UNCHANGED, message, { fields: { [field]: message } });
    }
  }
}
