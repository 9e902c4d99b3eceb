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
  /** The sign-in session (refresh-token family): once it is closed, so is the token. */
  sid: string;
}

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
  /** The session the token belongs to. */
  familyId: string;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  issueAccessToken(user: Pick<User, 'id' | 'role' | 'tokenVersion'>, session: Pick<IssuedRefreshToken, 'familyId'>): string {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion, sid: session.familyId };
    return this.jwt.sign(claims);
  }

  /** The claims of a valid token, or null for anything forged, expired or malformed. */
  verifyAccessToken(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token);
      return typeof claims.sub === 'string' && typeof claims.ver === 'number' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }

  /**
   * The user an access token belongs to, read afresh with its session in the
   * same query: null when the token is invalid, the user was deactivated,
   * erased or changed their password since, or the session was closed
   * (logout, a replayed refresh token) — at once, not when the token expires.
   */
  async userFor(token: string): Promise<AuthUser | null> {
    const claims = this.verifyAccessToken(token);
    if (!claims || !UUID.test(claims.sub) || !UUID.test(claims.sid)) return null;
    const [user] = (await this.dataSource.query(
      `SELECT u.id, u.role, u.branch_id, u.token_version, u.deactivated_at, u.erased_at,
              EXISTS (SELECT 1 FROM refresh_tokens t
                       WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL AND t.expires_at > now()) AS session_open
         FROM users u WHERE u.id = $1`,
      [claims.sub, claims.sid],
    )) as Array<{
      id: string;
      role: UserRole;
      branch_id: string | null;
      token_version: number;
      deactivated_at: Date | null;
      erased_at: Date | null;
      session_open: boolean;
    }>;
    if (!user || user.token_version !== claims.ver || user.deactivated_at || user.erased_at || !user.session_open) return null;
    return { id: user.id, role: user.role, branchId: user.branch_id };
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
    return { token, expiresAt, familyId };
  }
}
