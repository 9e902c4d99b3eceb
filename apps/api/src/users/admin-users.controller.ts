import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@nextstep/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { UserDto } from '../auth/dto/auth.dto';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { CreateStaffUserDto, ListUsersQuery, UserPageDto } from './dto/users.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictCodes(ErrorCode.EMAIL_TAKEN)
  create(@Body() dto: CreateStaffUserDto): Promise<UserDto> {
    return this.users.createStaff(dto);
  }

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: ListUsersQuery): Promise<UserPageDto> {
    return this.users.list(query);
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  @ApiConflictCodes(ErrorCode.CANNOT_DEACTIVATE_SELF)
  deactivate(@Param('id', UuidParam()) id: string, @CurrentUser() admin: AuthUser): Promise<UserDto> {
    return this.users.setActive(id, false, admin.id);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  reactivate(@Param('id', UuidParam()) id: string, @CurrentUser() admin: AuthUser): Promise<UserDto> {
    return this.users.setActive(id, true, admin.id);
  }
}
