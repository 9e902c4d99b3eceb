import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { AuthRateLimit } from '../common/rate-limit/rate-limit.decorators';
import { CurrentUser, NoStore, Public } from './auth.decorators';
import type { AuthUser } from './auth-user';
import { AccountRecoveryService } from './account-recovery.service';
import { AuthService, type SignedIn } from './auth.service';
import { AuthResponseDto, ChangePasswordDto, LoginDto, RegisterDto, UserDto } from './dto/auth.dto';
import { AcceptedDto, EmailVerifiedDto, ForgotPasswordDto, ResetPasswordDto, VerifyEmailDto } from './dto/recovery.dto';
import { EmailVerificationService } from './email-verification.service';
import { isKnownDevice, rememberDevice } from './known-device';
import { clearRefreshCookie, refreshCookie, setRefreshCookie } from './refresh-cookie';
import { ErrorCode } from '@nextstep/contracts';

@ApiTags('auth')
// Every answer here is personal: tokens, the signed-in user, what happened to a link.
@NoStore()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly recovery: AccountRecoveryService,
    private readonly verification: EmailVerificationService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @AuthRateLimit()
  @Post('register')
  @ApiCreatedResponse({ type: AuthResponseDto, description: 'Candidate account created; the refresh token is set as an httpOnly cookie.' })
  @ApiConflictCodes(ErrorCode.EMAIL_TAKEN)
  @ApiTooManyRequestsResponse({ type: ApiErrorBody })
  async register(@Body() dto: RegisterDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuthResponseDto> {
    return this.respond(request, reply, await this.auth.register(dto));
  }

  @Public()
  @AuthRateLimit()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiUnauthorizedResponse({ type: ApiErrorBody, description: 'INVALID_CREDENTIALS (same answer for unknown e-mail and wrong password)' })
  @ApiTooManyRequestsResponse({ type: ApiErrorBody })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuthResponseDto> {
    return this.respond(request, reply, await this.auth.login(dto, (userId) => isKnownDevice(request, this.config.jwtSecret, userId)));
  }

  /** Rotates the refresh cookie: each refresh token works once. */
  @Public()
  @AuthRateLimit()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiUnauthorizedResponse({ type: ApiErrorBody, description: 'REFRESH_INVALID or REFRESH_REUSED (the session is then closed)' })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuthResponseDto> {
    const token = refreshCookie(request);
    try {
      if (!token) throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFRESH_INVALID, 'There is no session to renew; please sign in.');
      return this.respond(request, reply, await this.auth.refresh(token));
    } catch (error) {
      clearRefreshCookie(reply);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session of the refresh cookie is closed and the cookie cleared.' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(refreshCookie(request));
    clearRefreshCookie(reply);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }

  /** Signs out every other session and device. */
  @AuthRateLimit()
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AuthResponseDto })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponseDto> {
    return this.respond(request, reply, await this.auth.changePassword(user.id, dto));
  }

  /** Always the same answer, whether or not the address has an account; at most 3 e-mails per address an hour. */
  @Public()
  @AuthRateLimit()
  @Post('forgot-password')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedDto, description: 'If an account uses the address, a reset link is on its way.' })
  @ApiTooManyRequestsResponse({ type: ApiErrorBody })
  @ApiServiceUnavailableResponse({ type: ApiErrorBody, description: 'BUSY: e-mail cannot be queued right now' })
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<AcceptedDto> {
    return this.recovery.forgotPassword(dto);
  }

  /** Sets a new password from a reset link; every session and earlier access token ends. */
  @Public()
  @AuthRateLimit()
  @Post('reset-password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AcceptedDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'RESET_TOKEN_INVALID, WEAK_PASSWORD or PASSWORD_UNCHANGED' })
  resetPassword(@Body() dto: ResetPasswordDto): Promise<AcceptedDto> {
    return this.recovery.resetPassword(dto);
  }

  /** Confirms the address a verification link was sent to (signed in or not). */
  @Public()
  @AuthRateLimit()
  @Post('verify-email')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EmailVerifiedDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'VERIFICATION_TOKEN_INVALID' })
  verifyEmail(@Body() dto: VerifyEmailDto): Promise<EmailVerifiedDto> {
    return this.verification.verify(dto.token);
  }

  /** Sends a new verification link to the signed-in user's address; at most 3 an hour. */
  @AuthRateLimit()
  @Post('verify-email/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiConflictCodes(ErrorCode.EMAIL_ALREADY_VERIFIED)
  @ApiTooManyRequestsResponse({ type: ApiErrorBody })
  resendVerification(@CurrentUser() user: AuthUser): Promise<AcceptedDto> {
    return this.verification.resend(user.id);
  }

  private respond(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn): AuthResponseDto {
    setRefreshCookie(reply, this.config, signedIn.refresh);
    rememberDevice(request, reply, this.config, signedIn.body.user.id);
    return signedIn.body;
  }
}
