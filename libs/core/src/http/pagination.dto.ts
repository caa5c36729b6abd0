import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The last page any list serves: beyond, `(page - 1) * size` overflows PostgreSQL's bigint
 * offset ("bigint out of range"), and no list of the service is that long. Every paginated
 * query DTO bounds its page with it.
 */
export const MAX_PAGE = 100_000;

/** `page` and `parPage` of every paginated list (query strings are strings: converted here). */
export class PaginationQueryDto {
  @ApiPropertyOptional({ default: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  parPage?: number;
}
