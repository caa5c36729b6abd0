import { ApiProperty } from '@nestjs/swagger';

/** Another structure as an admin sees it when proposing an agreement: no contact details. */
export class StructureAutreView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nom: string;
  @ApiProperty({ type: String, nullable: true, example: '59' }) departement: string | null;
}
