import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@nextstep/contracts';
import { Branch, Company } from '@nextstep/db';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardCache } from '../board-cache/board-cache.service';
import { ApiError } from '../common/errors/api-error';
import { badField } from '../common/errors/bad-field';
import { CompanyDto, CompanyPublicProfileDto } from './dto/company.dto';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company-write.dto';

const OTHER_BRANCH = 'This client company belongs to another branch: its recruiters or an admin can change it. You may still post jobs for it.';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    private readonly cache: BoardCache,
  ) {}

  /** Public profile; a confidential company answers 404 exactly like an unknown id, so its existence does not leak. */
  async getPublic(id: string): Promise<CompanyPublicProfileDto> {
    const company = await this.companies.findOneBy({ id, confidential: false });
    if (!company) throw new NotFoundException('There is no company with this id.');
    return CompanyPublicProfileDto.fromCompany(company);
  }

  async get(id: string): Promise<CompanyDto> {
    return CompanyDto.from(await this.findOrFail(id));
  }

  /** Every client company, confidential ones included, by name: the staff pick a job's company from it. */
  async listForStaff(): Promise<CompanyDto[]> {
    return (await this.companies.find({ order: { name: 'ASC' } })).map((company) => CompanyDto.from(company));
  }

  /** A recruiter's new client belongs to their branch; an admin's to the branch named, or to the admins. */
  async create(dto: CreateCompanyDto, user: AuthUser): Promise<CompanyDto> {
    const branchId = await this.owningBranch(dto.branchId, user, user.role === 'recruiter' ? user.branchId : null);
    return this.saved(this.companies.create({ ...dto, website: dto.website ?? null, confidential: dto.confidential ?? false, branchId }));
  }

  /** Only the owning branch's recruiters and admins change a client (its name, its confidentiality, anything). */
  async update(id: string, dto: UpdateCompanyDto, user: AuthUser): Promise<CompanyDto> {
    const company = await this.findOrFail(id);
    if (user.role !== 'admin' && (company.branchId === null || company.branchId !== user.branchId)) {
      throw new ApiError(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, OTHER_BRANCH);
    }
    const changes: Partial<Company> = { ...dto, branchId: await this.owningBranch(dto.branchId, user, company.branchId) };
    return this.saved(this.companies.merge(company, changes));
  }

  /** The branch a write leaves the company with; recruiters cannot hand a client to another branch. */
  private async owningBranch(requested: string | null | undefined, user: AuthUser, current: string | null): Promise<string | null> {
    if (requested === undefined) return current;
    if (user.role === 'recruiter' && requested !== user.branchId) {
      throw new ApiError(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, 'Recruiters keep their clients at their own branch; an admin can move one.');
    }
    if (requested !== null && !(await this.branches.existsBy({ id: requested }))) throw badField('branchId', 'branchId is not a branch of the agency');
    return requested;
  }

  // A new name or confidentiality changes how search results show the company.
  private async saved(company: Company): Promise<CompanyDto> {
    const dto = CompanyDto.from(await this.companies.save(company));
    await this.cache.invalidate();
    return dto;
  }

  async findOrFail(id: string): Promise<Company> {
    const company = await this.companies.findOneBy({ id });
    if (!company) throw new NotFoundException('There is no company with this id.');
    return company;
  }
}
