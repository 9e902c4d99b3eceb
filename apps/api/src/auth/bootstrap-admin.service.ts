import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { User } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from './auth.service';
import { PasswordService } from './password.service';

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when there is no admin at all. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin) return;
    const users = this.dataSource.getRepository(User);
    if (await users.existsBy({ role: 'admin' })) return;
    try {
      await users.insert({
        email: admin.email.trim().toLowerCase(),
        passwordHash: await this.passwords.hash(admin.password),
        role: 'admin',
        firstName: 'Agency',
        lastName: 'Admin',
      });
      this.logger.log('Created the first admin account from ADMIN_EMAIL');
    } catch (error) {
      // Another API instance starting at the same moment created it first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
