import { Injectable } from '@nestjs/common';
import { AccountToken, type AccountTokenPurpose } from '@nextstep/db';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';

export interface IssuedLinkToken {
  token: string;
  expiresAt: Date;
}

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Tokens are base64url of 32 random bytes; anything else is not worth a database lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Single-use tokens for the links of account e-mails: random, stored as SHA-256 only, each with its own expiry. */
@Injectable()
export class AccountTokensService {
  async issue(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, now: Date, ttlMs: number): Promise<IssuedLinkToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + ttlMs);
    await manager.insert(AccountToken, { userId, purpose, tokenHash: hashLinkToken(token), expiresAt });
    return { token, expiresAt };
  }

  /**
   * Uses the token up and returns its row, or null when it is unknown, for
   * another purpose, used or expired. The row is locked, so two requests
   * with the same link cannot both succeed.
   */
  async consume(manager: EntityManager, token: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountToken | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const row = await manager
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.tokenHash = :hash AND t.purpose = :purpose', { hash: hashLinkToken(token), purpose })
      .getOne();
    if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
    await manager.update(AccountToken, { id: row.id }, { usedAt: now });
    return row;
  }

  /** Every other link of this kind stops working (e.g. older reset e-mails once the password was reset). */
  async retireAll(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
    await manager.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { usedAt: now });
  }
}
