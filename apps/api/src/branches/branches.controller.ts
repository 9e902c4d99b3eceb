import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiErrorBody } from '../common/errors/api-error';
import { BranchesService } from './branches.service';
import { BranchDto, BranchListDto, NearestBranchesDto } from './dto/branch.dto';
import { NearestBranchesQuery } from './dto/nearest-branches.query';
import { UuidParam } from '../common/pipes/uuid.pipe';

@ApiTags('branches')
@Public()
@Controller('branches')
export class BranchesController {
  constructor(private readonly branches: BranchesService) {}

  @Get()
  @ApiOperation({ summary: 'Every branch office with its contact details' })
  @ApiOkResponse({ type: BranchListDto })
  async list(): Promise<BranchListDto> {
    return { items: await this.branches.list() };
  }

  // Declared before ':id' so "nearest" is not taken for an id.
  @Get('nearest')
  @ApiOperation({ summary: 'Branches nearest to a point (lat/lng) or to a known postal code, with distanceKm' })
  @ApiOkResponse({ type: NearestBranchesDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'POSTAL_CODE_UNKNOWN' })
  nearest(@Query() query: NearestBranchesQuery): Promise<NearestBranchesDto> {
    return this.branches.nearest(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One branch' })
  @ApiOkResponse({ type: BranchDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<BranchDto> {
    return this.branches.get(id);
  }
}
