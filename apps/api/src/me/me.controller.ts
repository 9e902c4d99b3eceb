import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiError, ApiErrorBody } from '../common/errors/api-error';
import { AuthRateLimit } from '../common/rate-limit/rate-limit.decorators';
import { clearRefreshCookie } from '../auth/refresh-cookie';
import { EraseAccountDto, ProfileDto, UpdateProfileDto } from './dto/profile.dto';
import { MeService } from './me.service';
import { MAX_RESUME_BYTES } from './resume-text';
import { ErrorCode } from '@nextstep/contracts';

@ApiTags('me')
@ApiBearerAuth()
@Roles('candidate')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get('profile')
  @ApiOkResponse({ type: ProfileDto })
  profile(@CurrentUser() user: AuthUser): Promise<ProfileDto> {
    return this.me.profile(user.id);
  }

  @Patch('profile')
  @ApiOkResponse({ type: ProfileDto })
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<ProfileDto> {
    return this.me.updateProfile(user.id, dto);
  }

  @Put('resume')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: ProfileDto, description: 'Stored; resumeText now holds the text found in the file.' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorBody, description: 'Larger than 5 MB' })
  async uploadResume(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<ProfileDto> {
    if (!request.isMultipart()) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, 'Send the resume as multipart/form-data with a "file" field.', {
        fields: { file: 'file is required' },
      });
    }
    const file = await request.file({ limits: { fileSize: MAX_RESUME_BYTES, files: 1 } });
    if (!file) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, 'Attach the resume in a "file" field.', { fields: { file: 'file is required' } });
    }
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch {
      throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.RESUME_TOO_LARGE, 'The resume must be 5 MB or smaller.', {
        fields: { file: 'file is larger than 5 MB' },
      });
    }
    return this.me.uploadResume(user.id, data, file.mimetype, file.filename);
  }

  @Get('resume')
  @ApiOkResponse({ description: 'The uploaded resume file.' })
  async downloadResume(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply): Promise<void> {
    const resume = await this.me.resumeFile(user.id);
    if (!resume) throw new ApiError(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, 'You have not uploaded a resume yet.');
    await reply
      .header('content-type', resume.contentType)
      .header('content-disposition', `attachment; filename="${resume.fileName.replace(/"/g, '')}"`)
      .header('x-content-type-options', 'nosniff')
      .send(resume.data);
  }

  @Get('export')
  @ApiOkResponse({ description: 'All data the product holds about you, as JSON.' })
  async export(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    void reply.header('content-disposition', 'attachment; filename="nextstep-export.json"');
    return this.me.export(user.id);
  }

  /** Erases the account for good; asks for the password so a left-open session cannot do it. */
  @AuthRateLimit()
  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Erased; every session has ended.' })
  async erase(@CurrentUser() user: AuthUser, @Body() dto: EraseAccountDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.me.erase(user.id, dto.password);
    clearRefreshCookie(reply);
  }
}
