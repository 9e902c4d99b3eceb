import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Company } from '@nextstep/db';
import { Repository } from 'typeorm';
import { BoardCache } from '../board-cache/board-cache.service';
import { CompanyDto, CompanyPublicProfileDto } from './dto/company.dto';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company-write.dto';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectRepository(Company) private readonly companies: Repository<Company>,
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

  async create(dto: CreateCompanyDto): Promise<CompanyDto> {
    return this.saved(this.companies.create({ ...dto, website: dto.website ?? null, confidential: dto.confidential ?? false }));
  }

  async update(id: string, dto: UpdateCompanyDto): Promise<CompanyDto> {
    const company = await this.findOrFail(id);
    return this.saved(this.companies.merge(company, dto));
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
