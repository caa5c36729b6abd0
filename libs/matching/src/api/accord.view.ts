import { ApiProperty } from '@nestjs/swagger';
import { AccordStatut } from '../accords/accord-transitions';

/** A neighbour agreement as the admins of both structures read it (the entity's own columns). */
export class AccordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'La structure qui a proposé' }) demandeurId: string;
  @ApiProperty({ format: 'uuid', description: 'La structure sollicitée' }) partenaireId: string;
  @ApiProperty({ enum: AccordStatut }) statut: AccordStatut;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
