import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { ApiError } from '../common/errors/api-error';
import { WindowCounter } from '../common/rate-limit/window-counter.service';

/** Failed sign-ins on one address, from anywhere, before only known devices may try it for a while. */
export const FAILURES_BEFORE_BACKOFF = 20;
const WINDOW_MS = 15 * 60_000;
const COUNTER = 'sign-in-failures';

/**
 * The slower, per-account half of sign-in throttling (the request
 * throttler counts per address and IP). Past FAILURES_BEFORE_BACKOFF
 * failures in 15 minutes, the address only opens from a device that signed
 * in to it before. Counted by address, known or not, so the answer never
 * tells whether an account exists; a Redis outage turns it off (the per-IP
 * limits and Argon2 still stand).
 */
@Injectable()
export class SignInBackoff {
  private readonly logger = new Logger(SignInBackoff.name);

  constructor(private readonly counter: WindowCounter) {}

  async assertMayTry(email: string, knownDevice: boolean): Promise<void> {
    if (knownDevice) return;
    const failures = await this.counter.count(COUNTER, email).catch((error: Error) => {
      this.logger.warn(`Sign-in backoff not applied, Redis unavailable: ${error.message}`);
      return 0;
    });
    if (failures >= FAILURES_BEFORE_BACKOFF) {
      throw new ApiError(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.RATE_LIMITED,
        'There have been many failed sign-ins to this account, so for a few minutes it opens only on a device that signed in to it before. ' +
          'Try again later, use such a device, or reset your password.',
        { retryAfterSeconds: WINDOW_MS / 1000 },
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    await this.counter.hit(COUNTER, email, FAILURES_BEFORE_BACKOFF, WINDOW_MS).catch(() => undefined);
  }
}
