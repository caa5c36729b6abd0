import { MAX_PAGE } from '@app/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FILE_PAR_PAGE } from '../query/mer-file-tri.service';

/** The screening queue's page (bounded by MAX_PAGE, as every list) and its offer filter. */
export class FileTriQueryDto {
  @ApiPropertyOptional({ default: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: FILE_PAR_PAGE, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  parPage?: number;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() offreId?: string;
}
