import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@nextstep/platform';
import { SameOriginGuard } from '../common/http/same-origin.guard';
import { WindowCounter } from '../common/rate-limit/window-counter.service';
import { AccessGuard } from './access.guard';
import { AccountEmailsModule } from './account-emails/account-emails.module';
import { AccountRecoveryService } from './account-recovery.service';
import { AccountTokensService } from './account-tokens.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { EmailVerificationService } from './email-verification.service';
import { NoStoreInterceptor } from './no-store.interceptor';
import { SignInBackoff } from './sign-in-backoff.service';
import { PasswordService } from './password.service';
import { PublishedPasswordsCheck } from './published-passwords.service';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [
    AccountEmailsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSeconds, issuer: 'nextstep', audience: 'nextstep-api' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'nextstep', audience: 'nextstep-api' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordService,
    TokensService,
    PublishedPasswordsCheck,
    BootstrapAdminService,
    AccountTokensService,
    AccountRecoveryService,
    EmailVerificationService,
    WindowCounter,
    SignInBackoff,
    // After the rate limit, before authentication: a cross-site form is refused before any token work.
    { provide: APP_GUARD, useClass: SameOriginGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
  ],
  exports: [PasswordService, TokensService],
})
export class AuthModule {}
