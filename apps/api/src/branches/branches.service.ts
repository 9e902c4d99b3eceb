import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Branch, Job } from '@nextstep/db';
import { Repository } from 'typeorm';
import { BoardCache } from '../board-cache/board-cache.service';
import { ApiError } from '../common/errors/api-error';
import { ErrorCode } from '@nextstep/contracts';
import { BranchDto, NearestBranchesDto } from './dto/branch.dto';
import type { CreateBranchDto, UpdateBranchDto } from './dto/branch-write.dto';
import type { NearestBranchesQuery } from './dto/nearest-branches.query';
import { haversineKm, type LatLng } from './geo';
import { badField } from '../common/errors/bad-field';

@Injectable()
export class BranchesService {
  constructor(
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    @InjectRepository(Job) private readonly jobs: Repository<Job>,
    private readonly cache: BoardCache,
  ) {}

  async list(): Promise<BranchDto[]> {
    return (await this.branches.find({ order: { name: 'ASC' } })).map((b) => BranchDto.from(b));
  }

  async get(id: string): Promise<BranchDto> {
    return BranchDto.from(await this.findOrFail(id));
  }

  /** Branches ordered by great-circle distance from a point or from a known postal code. */
  async nearest(query: NearestBranchesQuery): Promise<NearestBranchesDto> {
    if (query.postalCode !== undefined && (query.lat !== undefined || query.lng !== undefined)) {
      throw badField('postalCode', 'postalCode must not be combined with lat and lng; give one or the other');
    }
    const origin: LatLng =
      query.lat !== undefined && query.lng !== undefined
        ? { lat: query.lat, lng: query.lng }
        : await this.locatePostalCode(query.postalCode ?? '');
    // A network has tens of branches, so measuring each in memory is cheaper than a round trip per page.
    const items = (await this.branches.find())
      .map((b) => ({
        ...BranchDto.from(b),
        distanceKm: Math.round(haversineKm(origin, { lat: b.latitude, lng: b.longitude }) * 1000) / 1000,
      }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name))
      .slice(0, query.limit ?? 5);
    return { origin: { latitude: origin.lat, longitude: origin.lng, postalCode: query.postalCode ?? null }, items };
  }

  /**
   * Where a postal code is: a branch's own coordinates, or else the centre of
   * the jobs published there. Drafts never count: their places are not
   * public yet, and an average over one draft would be its exact location.
   */
  async locatePostalCode(postalCode: string): Promise<LatLng> {
    const branch = await this.branches.findOne({ where: { postalCode }, order: { name: 'ASC' } });
    if (branch) return { lat: branch.latitude, lng: branch.longitude };
    const row = await this.jobs
      .createQueryBuilder('j')
      .select('avg(j.latitude)', 'lat')
      .addSelect('avg(j.longitude)', 'lng')
      .where('j.postal_code = :postalCode', { postalCode })
      .andWhere("j.status <> 'draft'")
      .getRawOne<{ lat: number | null; lng: number | null }>();
    if (row?.lat == null || row.lng == null) {
      throw new ApiError(
        HttpStatus.NOT_FOUND,
        ErrorCode.POSTAL_CODE_UNKNOWN,
        `We do not know where postal code ${postalCode} is. Search with lat and lng instead.`,
        { fields: { postalCode: 'unknown postal code' } },
      );
    }
    return { lat: Number(row.lat), lng: Number(row.lng) };
  }

  async create(dto: CreateBranchDto): Promise<BranchDto> {
    return this.saved(this.branches.create(dto));
  }

  async update(id: string, dto: UpdateBranchDto): Promise<BranchDto> {
    const branch = await this.findOrFail(id);
    return this.saved(this.branches.merge(branch, dto));
  }

  // Search results carry the branch name.
  private async saved(branch: Branch): Promise<BranchDto> {
    const dto = BranchDto.from(await this.branches.save(branch));
    await this.cache.invalidate();
    return dto;
  }

  async findOrFail(id: string): Promise<Branch> {
    const branch = await this.branches.findOneBy({ id });
    if (!branch) throw new NotFoundException('There is no branch with this id.');
    return branch;
  }
}
