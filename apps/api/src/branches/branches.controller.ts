import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public, Roles } from '../auth/auth.decorators';
import { ApiErrorBody } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { BranchesService } from './branches.service';
import { BranchDto, BranchListDto, NearestBranchesDto } from './dto/branch.dto';
import { CreateBranchDto, UpdateBranchDto } from './dto/branch-write.dto';
import { NearestBranchesQuery } from './dto/nearest-branches.query';
import { PublishedOperation, STAFF_CATALOG_TAG } from '../common/docs/published-operation';

/** Every verb on branch offices: anyone reads them (to find one to call); only admins open or change one. */
@Controller('branches')
export class BranchesController {
  constructor(private readonly branches: BranchesService) {}

  @Get()
  @Public()
  @ApiTags('branches')
  @ApiOperation({ summary: 'Every branch office with its contact details' })
  @ApiOkResponse({ type: BranchListDto })
  async list(): Promise<BranchListDto> {
    return { items: await this.branches.list() };
  }

  // Declared before ':id' so "nearest" is not taken for an id.
  @Get('nearest')
  @Public()
  @ApiTags('branches')
  @ApiOperation({ summary: 'Branches nearest to a point (lat/lng) or to a known postal code, with distanceKm' })
  @ApiOkResponse({ type: NearestBranchesDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'POSTAL_CODE_UNKNOWN' })
  nearest(@Query() query: NearestBranchesQuery): Promise<NearestBranchesDto> {
    return this.branches.nearest(query);
  }

  @Get(':id')
  @Public()
  @ApiTags('branches')
  @ApiOperation({ summary: 'One branch' })
  @ApiOkResponse({ type: BranchDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<BranchDto> {
    return this.branches.get(id);
  }

  @PublishedOperation('CatalogAdminController_createBranch', STAFF_CATALOG_TAG)
  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: BranchDto })
  create(@Body() dto: CreateBranchDto): Promise<BranchDto> {
    return this.branches.create(dto);
  }

  @PublishedOperation('CatalogAdminController_updateBranch', STAFF_CATALOG_TAG)
  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: BranchDto })
  update(@Param('id', UuidParam()) id: string, @Body() dto: UpdateBranchDto): Promise<BranchDto> {
    return this.branches.update(id, dto);
  }
}
