import { ApiProperty } from '@nestjs/swagger';
import { Structure } from './structure.entity';

/** One's own Mission Locale: its name, contact details and the portal's look (colour, logo). */
export class StructureView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ml-val-de-lys' }) code: string;
  @ApiProperty() nom: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) telephone: string | null;
  @ApiProperty({ type: String, nullable: true, example: '#1d4ed8' }) couleur: string | null;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
  @ApiProperty({ type: String, nullable: true, example: '59' }) departement: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;

  /** Every column: the answer was the entity itself until it had a documented type. */
  static of(s: Structure): StructureView {
    const { id, code, nom, email, telephone, couleur, logoUrl, departement } = s;
    const { createdAt, updatedAt } = s;
    return { id, code, nom, email, telephone, couleur, logoUrl, departement, createdAt, updatedAt };
  }
}
