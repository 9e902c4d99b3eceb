import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Branch, User, isUniqueViolation } from '@nextstep/db';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { UserDto } from '../auth/dto/auth.dto';
import { emailTaken } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { TokensService } from '../auth/tokens.service';
import type { CreateStaffUserDto, ListUsersQuery, UserPageDto } from './dto/users.dto';
import { ErrorCode } from '@nextstep/contracts';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokensService,
  ) {}

  async createStaff(dto: CreateStaffUserDto): Promise<UserDto> {
    this.passwords.assertAcceptable(dto.password, dto);
    const branchId = dto.branchId ?? null;
    if (branchId && !(await this.dataSource.getRepository(Branch).existsBy({ id: branchId }))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, 'branchId is not a branch of the agency.', {
        fields: { branchId: 'branchId is not a branch of the agency' },
      });
    }
    try {
      const users = this.dataSource.getRepository(User);
      const user = await users.save(
        users.create({
          email: dto.email,
          passwordHash: await this.passwords.hash(dto.password),
          role: dto.role,
          firstName: dto.firstName,
          lastName: dto.lastName,
          phone: dto.phone ?? null,
          branchId,
          ...(dto.timeZone ? { timeZone: dto.timeZone } : {}),
        }),
      );
      return UserDto.from(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }

  /** Newest first, keyset-paged by (created_at, id). */
  async list(query: ListUsersQuery): Promise<UserPageDto> {
    const limit = query.limit ?? 50;
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.erased_at IS NULL');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.branchId) qb.andWhere('u.branch_id = :branchId', { branchId: query.branchId });
    if (query.active === true) qb.andWhere('u.deactivated_at IS NULL');
    if (query.active === false) qb.andWhere('u.deactivated_at IS NOT NULL');
    if (query.cursor) {
      qb.andWhere('(u.created_at, u.id) < (SELECT c.created_at, c.id FROM users c WHERE c.id = :cursor)', { cursor: query.cursor });
    }
    const rows = await qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').take(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items: items.map(UserDto.from), nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
  }

  /** Takes effect at once: the token version bump makes every issued access token invalid. */
  async setActive(id: string, active: boolean, actingUserId: string): Promise<UserDto> {
    if (id === actingUserId && !active) {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.CANNOT_DEACTIVATE_SELF, 'You cannot deactivate your own account; ask another admin.');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.erasedAt) throw new NotFoundException('There is no such user.');
      if (active && user.deactivatedAt) {
        await manager.update(User, { id }, { deactivatedAt: null });
      } else if (!active && !user.deactivatedAt) {
        await manager.update(User, { id }, { deactivatedAt: new Date(), tokenVersion: () => 'token_version + 1' });
        await this.tokens.revokeAll(id, manager);
      }
      return UserDto.from(await manager.findOneByOrFail(User, { id }));
    });
  }
}
