import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { RefreshToken, User, type UserRole } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import type { AuthUser } from './auth-user';
import { ErrorCode } from '@nextstep/contracts';

export interface AccessTokenClaims {
  sub: string;
  role: UserRole;
  /** The user's token version when issued; bumping it invalidates the token. */
  ver: number;
}

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  issueAccessToken(user: Pick<User, 'id' | 'role' | 'tokenVersion'>): string {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion };
    return this.jwt.sign(claims);
  }

  /** The claims of a valid token, or null for anything forged, expired or malformed. */
  verifyAccessToken(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token);
      return typeof claims.sub === 'string' && typeof claims.ver === 'number' ? claims : null;
    } catch {
      return null;
    }
  }

  /**
   * The user an access token belongs to, read afresh: null when the token is
   * invalid, or the user was deactivated, erased or changed their password since.
   */
  async userFor(token: string): Promise<AuthUser | null> {
    const claims = this.verifyAccessToken(token);
    if (!claims) return null;
    const user = await this.dataSource.getRepository(User).findOne({
      select: { id: true, role: true, branchId: true, tokenVersion: true, deactivatedAt: true, erasedAt: true },
      where: { id: claims.sub },
    });
    if (!user || user.tokenVersion !== claims.ver || user.deactivatedAt || user.erasedAt) return null;
    return { id: user.id, role: user.role, branchId: user.branchId };
  }

  /** Starts a new sign-in session (a token family). */
  startSession(userId: string, manager: EntityManager = this.dataSource.manager): Promise<IssuedRefreshToken> {
    return this.insert(manager, userId, randomUUID());
  }

  /**
   * Trades a refresh token for a new one of the same family. A token that was
   * already used means someone replayed it: the whole family is revoked.
   */
  async rotate(token: string): Promise<{ userId: string; refresh: IssuedRefreshToken }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: sha256(token) })
        .getOne();
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (row.usedAt) {
        await this.revokeFamily(row.familyId, manager);
        return { kind: 'reused' as const };
      }
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return { kind: 'rotated' as const, userId: row.userId, refresh: await this.insert(manager, row.userId, row.familyId) };
    });
    // Thrown after the commit, so the revocation of a replayed family sticks.
    if (outcome.kind === 'reused') {
      throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        ErrorCode.REFRESH_REUSED,
        'This session token was already used, so the session was closed for your safety; please sign in again.',
      );
    }
    if (outcome.kind === 'invalid') {
      throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFRESH_INVALID, 'Your session has ended; please sign in again.');
    }
    return { userId: outcome.userId, refresh: outcome.refresh };
  }

  /** Ends the session the token belongs to (logout). Unknown tokens are ignored. */
  async endSession(token: string): Promise<void> {
    const row = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.revokeFamily(row.familyId);
  }

  /** Ends every session of a user (password change, deactivation, erasure). */
  async revokeAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await manager.insert(RefreshToken, { userId, familyId, tokenHash: sha256(token), expiresAt });
    return { token, expiresAt };
  }
}
