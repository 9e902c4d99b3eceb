import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateProfile, User, isUniqueViolation } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { AuthResponseDto, UserDto, type ChangePasswordDto, type LoginDto, type RegisterDto } from './dto/auth.dto';
import { AccountRecoveryService } from './account-recovery.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordService } from './password.service';
import { SignInBackoff } from './sign-in-backoff.service';
import { TokensService, type IssuedRefreshToken } from './tokens.service';
import { ErrorCode } from '@nextstep/contracts';

export interface SignedIn {
  body: AuthResponseDto;
  refresh: IssuedRefreshToken;
}

const BAD_CREDENTIALS = 'The e-mail address or password is not correct.';

export function emailTaken(): ApiError {
  return new ApiError(HttpStatus.CONFLICT, ErrorCode.EMAIL_TAKEN, 'An account with this e-mail address already exists; sign in instead.');
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokensService,
    private readonly verification: EmailVerificationService,
    private readonly recovery: AccountRecoveryService,
    private readonly backoff: SignInBackoff,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Creates a candidate account, signs it in and sends the link that verifies the address. Staff accounts are made by admins. */
  async register(dto: RegisterDto): Promise<SignedIn> {
    this.passwords.assertAcceptable(dto.password, dto);
    const passwordHash = await this.passwords.hash(dto.password);
    let signedIn: SignedIn;
    try {
      signedIn = await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: dto.email,
            passwordHash,
            role: 'candidate',
            firstName: dto.firstName,
            lastName: dto.lastName,
            phone: dto.phone ?? null,
            ...(dto.timeZone ? { timeZone: dto.timeZone } : {}),
          }),
        );
        await manager.insert(CandidateProfile, { userId: user.id });
        return this.signedIn(user, await this.tokens.startSession(user.id, manager));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    await this.verification.sendAfterSignUp(signedIn.body.user.id);
    return signedIn;
  }

  /**
   * Wrong e-mail and wrong password take the same path: one Argon2
   * verification, one message. An address under attack opens only on a
   * device that signed in to it before (`knownDevice`, see SignInBackoff).
   */
  async login(dto: LoginDto, knownDevice: (userId: string) => boolean): Promise<SignedIn> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    await this.backoff.assertMayTry(dto.email, user ? knownDevice(user.id) : false);
    const valid = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !valid || user.deactivatedAt || user.erasedAt) {
      await this.backoff.recordFailure(dto.email);
      throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.INVALID_CREDENTIALS, BAD_CREDENTIALS);
    }
    return this.signedIn(user, await this.tokens.startSession(user.id));
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const { userId, refresh } = await this.tokens.rotate(refreshToken);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.deactivatedAt || user.erasedAt) {
      await this.tokens.revokeAll(userId);
      throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFRESH_INVALID, 'Your session has ended; please sign in again.');
    }
    return this.signedIn(user, refresh);
  }

  logout(refreshToken: string | undefined): Promise<void> {
    return refreshToken ? this.tokens.endSession(refreshToken) : Promise.resolve();
  }

  async me(userId: string): Promise<UserDto> {
    return UserDto.from(await this.dataSource.getRepository(User).findOneByOrFail({ id: userId }));
  }

  /** Ends every other session and every access token issued before; returns a fresh sign-in. */
  async changePassword(userId: string, dto: ChangePasswordDto): Promise<SignedIn> {
    const users = this.dataSource.getRepository(User);
    const user = await users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :userId', { userId }).getOneOrFail();
    if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CREDENTIALS, 'The current password is not correct.', {
        fields: { currentPassword: 'currentPassword is not correct' },
      });
    }
    await this.passwords.assertAcceptableChange(dto.newPassword, user, user.passwordHash, 'newPassword');
    const passwordHash = await this.passwords.hash(dto.newPassword);
    const signedIn = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash, tokenVersion: () => 'token_version + 1' });
      await this.tokens.revokeAll(userId, manager);
      const updated = await manager.findOneByOrFail(User, { id: userId });
      return this.signedIn(updated, await this.tokens.startSession(userId, manager));
    });
    await this.recovery.notifyPasswordChanged(userId, new Date());
    return signedIn;
  }

  private signedIn(user: User, refresh: IssuedRefreshToken): SignedIn {
    return {
      body: { accessToken: this.tokens.issueAccessToken(user, refresh), expiresIn: this.config.auth.accessTokenTtlSeconds, user: UserDto.from(user) },
      refresh,
    };
  }
}
