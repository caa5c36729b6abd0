import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { RattachementStatut } from './membre.entity';

export class ListRattachementsQuery {
  @ApiPropertyOptional({ enum: RattachementStatut })
  @IsOptional()
  @IsEnum(RattachementStatut)
  statut?: RattachementStatut;
}
