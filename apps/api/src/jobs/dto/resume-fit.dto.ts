import { ApiProperty } from '@nestjs/swagger';

/** How the signed-in candidate's resume covers a job's skills, before they apply. */
export class JobResumeFitDto {
  @ApiProperty({ description: 'Whether the candidate has a resume on file; without one every skill is missing.' })
  hasResume!: boolean;

  @ApiProperty({ example: 0.67, description: 'Share of the job’s skills the resume names (1 when the job lists none)' })
  score!: number;

  @ApiProperty({ type: [String], example: ['Forklift certification'] }) matched!: string[];
  @ApiProperty({ type: [String], example: ['Inventory control'] }) missing!: string[];
}
