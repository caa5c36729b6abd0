import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answer of `POST mises-en-relation/:id/relancer` (typed for the portal's client). */
export class RelanceDto {
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ enum: ['auto', 'manuelle'] }) origine: 'auto' | 'manuelle';
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) byUserId: string | null;
}

export class ResultatRelanceDto {
  @ApiProperty({ description: 'Faux : une relance récente existait, aucun nouveau message' })
  envoyee: boolean;
  @ApiProperty({ type: RelanceDto }) derniereRelance: RelanceDto;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'À partir de quand une nouvelle relance est possible',
  })
  prochainePossible: Date;
}
